package io.parallax.analysis;

/** How precisely a date claim pins down the calendar. */
public enum DatePrecision { DAY, MONTH, YEAR }
