package dev.aphorist.search;

/**
 * A run of a quote's text, matched or not; the runs of a hit concatenate to the full text.
 *
 * @param text the characters of the run
 * @param matched true when the run is a matched word or phrase
 */
public record TextSegment(String text, boolean matched) {}
