package org.vigilance.core.resolution;

/**
 * One feature of a match score: what was compared, what it measured and what it added to the score.
 *
 * @param name the feature ({@code identifiers}, {@code name.equal}, {@code name.jaroWinkler},
 *     {@code name.tokenSet}, {@code name.acronym}, {@code country}, {@code address}, {@code
 *     legalForm}, {@code parent})
 * @param value what it measured, in [0, 1] (1 = agreement), or -1 when it could not be measured
 * @param contribution what it added to the score (negative when it lowered it)
 * @param explanation in words, with the values compared
 */
public record Feature(String name, double value, double contribution, String explanation) {}
