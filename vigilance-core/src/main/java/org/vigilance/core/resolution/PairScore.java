package org.vigilance.core.resolution;

/**
 * A pair's score with what the decisions need, without the explanation: what {@link
 * EntityMatcher#quickScore} gives when millions of pairs are scored. {@link EntityMatcher#score}
 * computes the same numbers and keeps every feature.
 *
 * @param score the score in [0, 1]
 * @param vetoed whether conflicting strong identifiers forbid a merge
 * @param identifiersAgree whether equal strong identifiers decided the score
 * @param namesEqual whether the distinctive words of a pair of names are equal
 * @param related whether one is the other's parent (by id or by name)
 * @param addressClose whether a pair of their addresses is alike (the address feature added to the
 *     score)
 * @param legalFormsDiffer whether both have legal forms and none is shared
 * @param namesAlike whether a pair of their names, not equal, has the same distinctive words but
 *     for one word misspelt by one edit or cut short, or words that are one romanisation of the
 *     other ({@link EntityMatcher#alike}); false when the names are equal
 * @param legalFormsAgree whether both have legal forms and share one (by kind)
 */
public record PairScore(
    double score,
    boolean vetoed,
    boolean identifiersAgree,
    boolean namesEqual,
    boolean related,
    boolean addressClose,
    boolean legalFormsDiffer,
    boolean namesAlike,
    boolean legalFormsAgree) {}
