/**
 * Judgements on pairs of entities (same / not the same / unsure), recorded by people or by the
 * automatic merge, stored append-only and journalled ({@link JudgementStore}); the merged view that
 * follows from them ({@link Components}): connected components of positive judgements, split where
 * a negative judgement forbids a merge. Nothing here deletes: a withdrawal is a new record.
 */
@NullMarked
package org.vigilance.core.judgement;

import org.jspecify.annotations.NullMarked;
