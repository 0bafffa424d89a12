/**
 * Entities: the schema model (FollowTheMoney and Vigilance schemata), fragments (what one source
 * says about one entity), the fragment store port, and the merged entity view in which every value
 * lists the fragments that assert it.
 */
@NullMarked
package org.vigilance.core.entity;

import org.jspecify.annotations.NullMarked;
