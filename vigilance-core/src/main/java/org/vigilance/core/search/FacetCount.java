package org.vigilance.core.search;

/**
 * How many hits have one value of a facet.
 *
 * @param value the value (a schema name, a country code, an agency's name, a year ...)
 * @param count the number of matching documents with it
 */
public record FacetCount(String value, long count) {}
