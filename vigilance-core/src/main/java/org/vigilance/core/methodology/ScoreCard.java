package org.vigilance.core.methodology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scores of an assessment, each with the arithmetic that gives it.
 *
 * <ul>
 *   <li>A group's score is the mean level of its indicators, "not applicable" ones left out (0 to
 *       the highest level, printed with two decimals). A group whose indicators are all "not
 *       applicable" has no score and is left out of the total.
 *   <li>The total is the mean of the group scores weighted by the group weights (over the groups
 *       that have a score, so the weights of the others are shared out in proportion), divided by
 *       the highest level and multiplied by the methodology's total scale: with the default scale,
 *       the percentage of the highest level reached (one decimal).
 * </ul>
 *
 * The total is computed from the unrounded group means; rounding is half up.
 *
 * @param groups the score of each group, in methodology order
 * @param total the total on the methodology's scale, or null when no indicator applies
 * @param totalLevel the weighted mean level (0 to the highest level), or null likewise
 * @param explanation how the total is reached, in words and numbers
 */
public record ScoreCard(
    List<GroupScore> groups,
    @Nullable BigDecimal total,
    @Nullable BigDecimal totalLevel,
    String explanation) {

  private static final MathContext MC = MathContext.DECIMAL64;

  /** Copies the list. */
  public ScoreCard {
    groups = List.copyOf(groups);
  }

  /**
   * One indicator's level as scored.
   *
   * @param indicator the indicator id
   * @param level the level, or null when not applicable
   */
  public record Scored(String indicator, @Nullable Integer level) {}

  /**
   * A group's score.
   *
   * @param group the group
   * @param counted the indicators counted, with their levels
   * @param notApplicable the indicators left out as not applicable
   * @param mean the mean level (two decimals), or null when none is counted
   * @param exactMean the unrounded mean, or null likewise
   * @param explanation the arithmetic: {@code (1 + 0 + 2) / 3 = 1.00 of 2; n/a: G-03}
   */
  public record GroupScore(
      Group group,
      List<Scored> counted,
      List<String> notApplicable,
      @Nullable BigDecimal mean,
      @Nullable BigDecimal exactMean,
      String explanation) {
    /** Copies the lists. */
    public GroupScore {
      counted = List.copyOf(counted);
      notApplicable = List.copyOf(notApplicable);
    }
  }

  /**
   * Scores the levels of an assessment (indicators missing from {@code levels} count as 0).
   *
   * @param methodology the methodology
   * @param levels the level of each indicator
   */
  public static ScoreCard of(Methodology methodology, List<Scored> levels) {
    Map<String, Scored> byIndicator = new HashMap<>();
    levels.forEach(s -> byIndicator.put(s.indicator(), s));
    int max = methodology.maxLevel();
    List<GroupScore> groups = new ArrayList<>();
    for (Group group : methodology.groups()) {
      List<Scored> counted = new ArrayList<>();
      List<String> notApplicable = new ArrayList<>();
      for (Indicator i : methodology.indicatorsOf(group.id())) {
        Scored s = byIndicator.getOrDefault(i.id(), new Scored(i.id(), 0));
        if (s.level() == null) {
          notApplicable.add(i.id());
        } else {
          counted.add(s);
        }
      }
      String na = notApplicable.isEmpty() ? "" : "; n/a: " + String.join(", ", notApplicable);
      if (counted.isEmpty()) {
        groups.add(
            new GroupScore(
                group,
                counted,
                notApplicable,
                null,
                null,
                "no applicable indicator, left out of the total" + na));
        continue;
      }
      int sum = 0;
      List<String> terms = new ArrayList<>();
      for (Scored s : counted) {
        int level = Objects.requireNonNull(s.level());
        sum += level;
        terms.add(String.valueOf(level));
      }
      BigDecimal exact = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(counted.size()), MC);
      BigDecimal mean = exact.setScale(2, RoundingMode.HALF_UP);
      groups.add(
          new GroupScore(
              group,
              counted,
              notApplicable,
              mean,
              exact,
              "("
                  + String.join(" + ", terms)
                  + ") / "
                  + counted.size()
                  + " = "
                  + mean.toPlainString()
                  + " of "
                  + max
                  + na));
    }
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (GroupScore g : groups) {
      if (g.exactMean() == null) {
        left.add(g.group().id());
        continue;
      }
      weights = weights.add(g.group().weight());
      weighted = weighted.add(g.group().weight().multiply(g.exactMean(), MC));
      terms.add(
          g.group().weight().stripTrailingZeros().toPlainString()
              + " × "
              + Objects.requireNonNull(g.mean()).toPlainString());
    }
    if (weights.signum() == 0) {
      return new ScoreCard(groups, null, null, "no total: every indicator is not applicable");
    }
    int scale = methodology.scoring().totalScale();
    BigDecimal exactLevel = weighted.divide(weights, MC);
    BigDecimal total =
        exactLevel
            .multiply(BigDecimal.valueOf(scale), MC)
            .divide(BigDecimal.valueOf(max), MC)
            .setScale(1, RoundingMode.HALF_UP);
    BigDecimal totalLevel = exactLevel.setScale(2, RoundingMode.HALF_UP);
    String explanation =
        "("
            + String.join(" + ", terms)
            + ") / "
            + weights.stripTrailingZeros().toPlainString()
            + " = "
            + totalLevel.toPlainString()
            + " of "
            + max
            + "; × "
            + scale
            + " / "
            + max
            + " = "
            + total.toPlainString()
            + " of "
            + scale
            + (left.isEmpty()
                ? ""
                : "; left out (no applicable indicator, weight shared out): "
                    + String.join(", ", left));
    return new ScoreCard(groups, total, totalLevel, explanation);
  }
}
