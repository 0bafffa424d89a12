/**
 * Due diligence: what analysts record about a case (cited sources, claims and the evidence on each
 * side, letters and responses, impacts, assessments) and what is derived from it (claim statuses,
 * scores, red flags, recommendations).
 *
 * <p>Everything recorded here is an entity of the schema model, written as an <em>entry</em>: a
 * small source of its own (FollowTheMoney JSON Lines of the entities it records, hashed and
 * journalled like any import, see {@link RecordEntry}). Nothing derived is stored as a fact unless
 * it is dated and attributable (an assessment); statuses and flags are computed from the {@link
 * CaseGraph} each time.
 */
@NullMarked
package org.vigilance.core.diligence;

import org.jspecify.annotations.NullMarked;
