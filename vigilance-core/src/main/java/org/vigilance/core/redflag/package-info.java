/**
 * Red flags and recommendations: pure rules over the {@link org.vigilance.core.diligence.CaseGraph}
 * for one vendor (a company, its judged-same records and its subsidiaries through {@code
 * Ownership}).
 *
 * <p>{@link org.vigilance.core.redflag.VendorCase} gathers what the rules read (the vendor's
 * contracts, the units and products they reach, the impacts documented there, its claims, letters
 * and assessments); each {@link org.vigilance.core.redflag.FlagRule} turns it into {@link
 * org.vigilance.core.redflag.RedFlag}s with an evidence path (vendor → contract → agency unit →
 * product → event → impact), every step cited; {@link
 * org.vigilance.core.redflag.RecommendationRules} derives one recommendation from the flags, the
 * impacts and the latest findings, with its reasons. Nothing here is stored: it is computed each
 * time (ADR 0011, ADR 0013).
 */
@NullMarked
package org.vigilance.core.redflag;

import org.jspecify.annotations.NullMarked;
