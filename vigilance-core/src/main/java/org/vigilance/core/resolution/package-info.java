/**
 * Cross-referencing (DESIGN.md, section Resolution): names normalised through the {@link
 * NameNormaliser} port, identifiers checked and compared ({@link Identifier}), pairs of
 * organisations scored by {@link EntityMatcher} into a {@link MatchScore} whose every {@link
 * Feature} says what it contributed, and matchers measured on labelled pairs ({@link
 * PairEvaluation}). Only institutions are matched (companies, organisations, public bodies): never
 * the people affected.
 */
@NullMarked
package org.vigilance.core.resolution;

import org.jspecify.annotations.NullMarked;
