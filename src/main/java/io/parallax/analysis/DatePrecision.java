package io.parallax.analysis;

public enum DatePrecision { DAY, MONTH, YEAR }
