// Draws the troop-figure chart from the JSON the page carries; the table beside it holds the same data.
// Points are coloured by the group of the source cited (one colour for the U.S. government however it is named);
// "up to" reaches down to zero, "more than" and "thousands" reach up with an arrow and no end, as none was given.
(function () {
  'use strict';
  const palette = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#116329', '#0550ae'];
  const DAY = 86400000;

  function legend(canvas, groups, colour) {
    const figure = canvas.closest('figure');
    let list = figure.querySelector('ul.chart-legend');
    if (!list) {
      list = document.createElement('ul');
      list.className = 'chart-legend';
      list.setAttribute('aria-label', 'Sources cited');
      figure.appendChild(list);
    }
    list.replaceChildren(...groups.map(g => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour(g);
      item.append(swatch, document.createTextNode(' ' + g));
      return item;
    }));
  }

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
    const groups = [...new Set(figures.map(f => f.group))];
    const colour = g => palette[groups.indexOf(g) % palette.length];
    // Each group sits a little apart on its day, so figures reported the same day do not hide each other.
    const offset = g => groups.length < 2 ? 0 : (groups.indexOf(g) / (groups.length - 1) - 0.5) * 0.5;
    const day = f => Date.parse(f.date + 'T00:00:00Z') / DAY + offset(f.group);
    const marker = f => f.qualifier === 'AT_MOST' ? f.high : f.low;
    const top = Math.max(...figures.map(f => f.open ? f.low * 1.5 : f.high)) * 1.1;
    const datasets = groups.map(group => ({
      type: 'scatter',
      label: group,
      data: figures.filter(f => f.group === group).map(f => ({x: day(f), y: marker(f), figure: f})),
      backgroundColor: colour(group),
      borderColor: colour(group),
      pointRadius: 6,
      pointStyle: figures.filter(f => f.group === group).map(f => f.qualifier === 'AT_MOST' ? 'triangle' : 'circle'),
    }));
    figures.filter(f => f.high > f.low || f.open).forEach(f => datasets.push({
      type: 'line',
      label: '_span',
      open: f.open,
      // An open-ended figure runs to the top of the chart, dashed, with no end drawn: it has no upper bound.
      data: [{x: day(f), y: f.low, figure: f}, {x: day(f), y: f.open ? top : f.high, figure: f}],
      borderColor: colour(f.group),
      borderWidth: f.open ? 3 : 6,
      borderDash: f.open ? [6, 4] : [],
      pointRadius: f.open ? [0, 7] : 0,
      pointStyle: 'triangle',
      pointBackgroundColor: colour(f.group),
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
          y: {beginAtZero: true, max: Math.ceil(top / 1000) * 1000, title: {display: true, text: 'Troops'}}
        },
        plugins: {
          // The legend is a list below the chart, so on a phone it never covers the points.
          legend: {display: false},
          tooltip: {callbacks: {label: ctx => {
            const f = ctx.raw.figure;
            return f.outlet + ': ' + f.value + ' (“' + f.text + '”, ' + f.source + ')';
          }}}
        }
      }
    });
    legend(canvas, groups, colour);
    canvas.dataset.figures = String(figures.length);
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
