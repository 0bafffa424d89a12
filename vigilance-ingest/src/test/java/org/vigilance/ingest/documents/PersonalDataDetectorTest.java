package org.vigilance.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigilance.core.privacy.MaskedSpan;
import org.vigilance.core.privacy.Masking;

class PersonalDataDetectorTest {
  private final PersonalDataDetector detector = new PersonalDataDetector();

  private List<String> found(String text) {
    return detector.find(text).stream()
        .map(span -> span.kind().label() + "=" + text.substring(span.start(), span.end()))
        .toList();
  }

  @Test
  void finds_email_addresses() {
    assertThat(found("Write to maria.lopez+case@example.org, or to x_y@mail.co.uk."))
        .containsExactly("email=maria.lopez+case@example.org", "email=x_y@mail.co.uk");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"user@localhost", "@example.org", "name@", "a@b.c", "mail at example.org"})
  void ignores_what_is_not_an_email_address(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void finds_phone_numbers_in_national_and_international_form() {
    assertThat(
            found(
                "Call (202) 555-0143 or 415-555-2671, Paris 01 42 68 53 00, "
                    + "Madrid +34 912 345 678, Berlin 030 1234567, London +44 20 7946 0958."))
        .containsExactly(
            "phone=(202) 555-0143",
            "phone=415-555-2671",
            "phone=01 42 68 53 00",
            "phone=+34 912 345 678",
            "phone=030 1234567",
            "phone=+44 20 7946 0958");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Stand: 03.01.2011",
        "revision 788640664",
        "Nr. 38/2011",
        "contract HSCETC-17-C-00001",
        "FY 2019-2020",
        "amount 1,234,567.89",
        "on 2020-03-15 at 10:30"
      })
  void ignores_numbers_that_are_not_phone_numbers(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void finds_a_numbers_in_their_usual_forms() {
    assertThat(
            found(
                "A123456789; A12345678; A# 123-456-789; A-123 456 789; "
                    + "A-Number: 234 567 890; Alien Registration Number 345678901"))
        .containsExactly(
            "a-number=A123456789",
            "a-number=A12345678",
            "a-number=A# 123-456-789",
            "a-number=A-123 456 789",
            "a-number=234 567 890",
            "a-number=345678901");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A1234567", "A1234567890", "BA123456789", "Form A12"})
  void ignores_a_numbers_of_the_wrong_length_or_inside_words(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void finds_social_security_numbers() {
    assertThat(found("SSN 123-45-6789 and 665-01-0001."))
        .containsExactly("ssn=123-45-6789", "ssn=665-01-0001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "123-00-4567",
        "123-45-0000",
        "1123-45-6789",
        "123-45-67890",
        "123456789"
      })
  void ignores_invalid_social_security_numbers(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void masks_every_kind_and_keeps_the_rest() {
    String text = "Ana (ana@example.org, 415-555-2671, A123456789, SSN 123-45-6789) was detained.";
    List<MaskedSpan> spans = detector.find(text);

    assertThat(Masking.apply(text, spans))
        .isEqualTo("Ana ([email], [phone], [a-number], SSN [ssn]) was detained.");
    assertThat(detector.mask(text)).isEqualTo(Masking.apply(text, spans));
    assertThat(spans).isSorted();
  }

  @Test
  void finds_nothing_in_text_without_personal_data() {
    assertThat(detector.find("")).isEmpty();
    assertThat(found("The contract HSCECR-20-F-00012 was signed in 2020 for $4,200,000."))
        .isEmpty();
  }
}
