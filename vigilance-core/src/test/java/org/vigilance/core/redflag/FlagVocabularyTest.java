package org.vigilance.core.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lists the red-flag rules share: high-risk capabilities, non-competitive awards. */
class FlagVocabularyTest {
  @Test
  void capabilities_are_compared_normalised() {
    assertThat(Capabilities.normalise(" Identify persons ")).isEqualTo("identify-persons");
    assertThat(Capabilities.normalise("BIOMETRIC_MATCHING")).isEqualTo("biometric-matching");
    assertThat(Capabilities.HIGH_RISK)
        .contains("identify-persons", "track-location", "biometric-matching", "link-records")
        .doesNotContain("case-management", "data-integration");
  }

  @Test
  void competition_reads_the_usaspending_and_ocds_words_for_a_sole_source() {
    for (String value :
        new String[] {
          "NOT COMPETED",
          "NOT COMPETED UNDER SAP",
          "NOT AVAILABLE FOR COMPETITION",
          "NON-COMPETITIVE DELIVERY ORDER",
          "FOLLOW ON TO COMPETED ACTION",
          "ONLY ONE SOURCE",
          "Sole source extension"
        }) {
      assertThat(Competition.soleSource(value)).as(value).isTrue();
    }
    for (String value :
        new String[] {
          "FULL AND OPEN COMPETITION",
          "FULL AND OPEN COMPETITION AFTER EXCLUSION OF SOURCES",
          "COMPETED UNDER SAP",
          "COMPETITIVE DELIVERY ORDER",
          "SUBJECT TO MULTIPLE AWARD FAIR OPPORTUNITY",
          "NEGOTIATED PROPOSAL/QUOTE"
        }) {
      assertThat(Competition.soleSource(value)).as(value).isFalse();
    }
  }
}
