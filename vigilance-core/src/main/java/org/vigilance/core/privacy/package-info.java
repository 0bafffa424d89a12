/**
 * Personal data of affected people (the do-no-harm rule): where it sits in a text ({@link
 * MaskedSpan}, found at ingest and kept with the text) and how outputs hide it ({@link Masking}).
 * Vigilance never lists, searches or profiles these values; it only keeps their positions so that
 * every output can mask them.
 */
@NullMarked
package org.vigilance.core.privacy;

import org.jspecify.annotations.NullMarked;
