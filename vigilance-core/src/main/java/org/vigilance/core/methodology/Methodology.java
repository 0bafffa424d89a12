package org.vigilance.core.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A methodology: how a company's due diligence is scored, as read from a versioned data file.
 *
 * <p>Checked on construction (the file parser checks the same things first, naming the line): ids
 * and versions well formed, group and indicator ids unique, every indicator in a declared group and
 * citing declared frameworks, numeric levels running 0, 1, ... without a gap, at most one "not
 * applicable" level.
 *
 * @param id its id ({@code vigilance-hrdd}): lower-case letters, digits and dashes
 * @param version its version ({@code 2026.1}); an id and version never change meaning
 * @param title its title
 * @param description what it is for, when given
 * @param frameworks the frameworks its references cite, abbreviation to title, in file order
 * @param levels the levels an indicator can reach, in file order
 * @param groups the groups, in file order
 * @param indicators the indicators, in file order
 * @param scoring the parameters of the scoring rules
 */
public record Methodology(
    String id,
    String version,
    String title,
    @Nullable String description,
    Map<String, String> frameworks,
    List<Level> levels,
    List<Group> groups,
    List<Indicator> indicators,
    Scoring scoring) {

  /** What an id looks like. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** What a version looks like. */
  public static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,31}");

  /** What an indicator or group id looks like. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  /** Copies and checks. */
  public Methodology {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("methodology id '" + id + "' is not of the form " + ID);
    }
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("version '" + version + "' is not of the form " + VERSION);
    }
    Objects.requireNonNull(title);
    frameworks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frameworks));
    levels = List.copyOf(levels);
    groups = List.copyOf(groups);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(scoring);
    int expected = 0;
    boolean notApplicable = false;
    for (Level level : levels) {
      Integer value = level.value();
      if (value == null) {
        if (notApplicable) {
          throw new IllegalArgumentException("two 'n/a' levels");
        }
        notApplicable = true;
      } else if (value != expected++) {
        throw new IllegalArgumentException(
            "levels run 0, 1, 2 ... in order; found " + level.value());
      }
    }
    if (expected < 2) {
      throw new IllegalArgumentException("a methodology has at least the levels 0 and 1");
    }
    if (scoring.contradictedLevel() >= expected) {
      throw new IllegalArgumentException(
          "contradicted-level " + scoring.contradictedLevel() + " is not a level");
    }
    Set<String> groupIds = new HashSet<>();
    for (Group g : groups) {
      if (!groupIds.add(g.id())) {
        throw new IllegalArgumentException("group '" + g.id() + "' is declared twice");
      }
    }
    Set<String> indicatorIds = new HashSet<>();
    for (Indicator i : indicators) {
      if (!indicatorIds.add(i.id())) {
        throw new IllegalArgumentException("indicator '" + i.id() + "' is declared twice");
      }
      if (!groupIds.contains(i.group())) {
        throw new IllegalArgumentException(
            "indicator '" + i.id() + "' is in an unknown group '" + i.group() + "'");
      }
      for (Reference r : i.references()) {
        if (!frameworks.containsKey(r.framework())) {
          throw new IllegalArgumentException(
              "indicator '" + i.id() + "' cites an unknown framework '" + r.framework() + "'");
        }
      }
    }
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("a methodology has at least one indicator");
    }
    for (Group g : groups) {
      if (indicators.stream().noneMatch(i -> i.group().equals(g.id()))) {
        throw new IllegalArgumentException("group '" + g.id() + "' has no indicator");
      }
    }
  }

  /** {@code id@version}, as assessments name it. */
  public String key() {
    return id + "@" + version;
  }

  /** The highest level. */
  public int maxLevel() {
    int max = 0;
    for (Level l : levels) {
      Integer value = l.value();
      if (value != null && value > max) {
        max = value;
      }
    }
    return max;
  }

  /** The level written so ({@code 0}, {@code 1}, {@code n/a}), when the methodology has it. */
  public Optional<Level> level(String code) {
    String c = code.trim();
    return levels.stream().filter(l -> l.code().equalsIgnoreCase(c)).findFirst();
  }

  /** The codes of every level, for messages: {@code 0, 1, 2, n/a}. */
  public String levelCodes() {
    return String.join(", ", levels.stream().map(Level::code).toList());
  }

  /** The group with this id. */
  public Optional<Group> group(String groupId) {
    return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  /** The indicator with this id. */
  public Optional<Indicator> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The indicators of a group, in file order. */
  public List<Indicator> indicatorsOf(String groupId) {
    List<Indicator> result = new ArrayList<>();
    for (Indicator i : indicators) {
      if (i.group().equals(groupId)) {
        result.add(i);
      }
    }
    return result;
  }

  /** The sum of the group weights. */
  public BigDecimal totalWeight() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Group g : groups) {
      sum = sum.add(g.weight());
    }
    return sum;
  }
}
