package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigilance.core.entity.MergedEntity;

/**
 * The capabilities that make a product able to identify or track people: the one list the red-flag
 * rules use (a product's {@code capabilities} are compared after {@linkplain #normalise
 * normalising}: lower case, spaces and underscores as hyphens).
 *
 * <table>
 *   <caption>High-risk capabilities</caption>
 *   <tr><th>capability</th><th>why</th></tr>
 *   <tr><td>identify-persons</td><td>names who someone is</td></tr>
 *   <tr><td>track-persons</td><td>follows someone over time</td></tr>
 *   <tr><td>track-location</td><td>follows where someone is</td></tr>
 *   <tr><td>biometric-matching</td><td>identifies by body (fingerprints, iris, DNA)</td></tr>
 *   <tr><td>facial-recognition</td><td>identifies by face</td></tr>
 *   <tr><td>license-plate-recognition</td><td>tracks vehicles, and so people</td></tr>
 *   <tr><td>link-records</td><td>joins data sets about a person into one profile</td></tr>
 *   <tr><td>social-media-monitoring</td><td>watches people's speech and contacts</td></tr>
 *   <tr><td>communications-interception</td><td>reads calls and messages</td></tr>
 *   <tr><td>device-extraction</td><td>copies the contents of phones and computers</td></tr>
 * </table>
 *
 * <p>Not on the list by themselves: {@code case-management}, {@code data-integration}, {@code
 * search} — general functions; record the identifying capability next to them when the evidence
 * shows one (the demo's case-management system is recorded with {@code identify-persons} and {@code
 * track-persons}, as its sources describe it).
 */
public final class Capabilities {
  /** The high-risk capabilities, normalised. */
  public static final Set<String> HIGH_RISK =
      Set.of(
          "identify-persons",
          "track-persons",
          "track-location",
          "biometric-matching",
          "facial-recognition",
          "license-plate-recognition",
          "link-records",
          "social-media-monitoring",
          "communications-interception",
          "device-extraction");

  private Capabilities() {}

  /** {@code Identify persons} → {@code identify-persons}. */
  public static String normalise(String capability) {
    return capability.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
  }

  /** The product's recorded capabilities (as recorded) that are high-risk, in value order. */
  public static List<String> highRisk(MergedEntity product) {
    List<String> result = new ArrayList<>();
    for (String c : product.values("capabilities")) {
      if (HIGH_RISK.contains(normalise(c))) {
        result.add(c);
      }
    }
    return result;
  }
}
