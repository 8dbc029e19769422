// Draws the troop-figure chart from the JSON the page carries; the table beside it holds the same data.
(function () {
  'use strict';
  const palette = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#116329', '#0550ae'];
  const DAY = 86400000;

  function draw() {
    const canvas = document.getElementById('timeline-chart');
    const data = document.getElementById('timeline-data');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    const existing = Chart.getChart(canvas);
    if (existing) {
      existing.destroy();
    }
    const figures = JSON.parse(data.textContent);
    const sources = [...new Set(figures.map(f => f.source))];
    const colour = s => palette[sources.indexOf(s) % palette.length];
    // Each source sits a little apart on its day, so figures reported the same day do not hide each other.
    const offset = s => sources.length < 2 ? 0 : (sources.indexOf(s) / (sources.length - 1) - 0.5) * 0.5;
    const day = (d, s) => Date.parse(d + 'T00:00:00Z') / DAY + offset(s);
    const marker = f => f.qualifier === 'AT_MOST' ? f.high : f.low;
    const datasets = sources.map(source => ({
      type: 'scatter',
      label: source,
      data: figures.filter(f => f.source === source).map(f => ({x: day(f.date, f.source), y: marker(f), figure: f})),
      backgroundColor: colour(source),
      borderColor: colour(source),
      pointRadius: 6,
      pointStyle: figures.filter(f => f.source === source).map(f => f.qualifier === 'AT_MOST' ? 'triangle' : 'circle'),
    }));
    figures.filter(f => f.high > f.low).forEach(f => datasets.push({
      type: 'line',
      label: '_span',
      data: [{x: day(f.date, f.source), y: f.low, figure: f}, {x: day(f.date, f.source), y: f.high, figure: f}],
      borderColor: colour(f.source),
      borderWidth: 6,
      pointRadius: 0,
      borderCapStyle: 'butt',
    }));
    new Chart(canvas, {
      data: {datasets},
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        scales: {
          x: {type: 'linear', title: {display: true, text: 'Publication date'},
            ticks: {stepSize: 1, callback: v => Number.isInteger(v) ? new Date(v * DAY).toISOString().slice(0, 10) : ''}},
          y: {beginAtZero: true, title: {display: true, text: 'Troops'}}
        },
        plugins: {
          legend: {labels: {filter: item => item.text !== '_span'}},
          tooltip: {callbacks: {label: ctx => {
            const f = ctx.raw.figure;
            return f.outlet + ': ' + f.value + ' (“' + f.text + '”, ' + f.source + ')';
          }}}
        }
      }
    });
    canvas.dataset.figures = String(figures.length);
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
