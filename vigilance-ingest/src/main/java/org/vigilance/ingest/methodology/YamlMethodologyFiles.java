package org.vigilance.ingest.methodology;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.methodology.FileFormatException;
import org.vigilance.core.methodology.FindingsFile;
import org.vigilance.core.methodology.GraphRule;
import org.vigilance.core.methodology.Group;
import org.vigilance.core.methodology.Indicator;
import org.vigilance.core.methodology.Level;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.methodology.MethodologyFiles;
import org.vigilance.core.methodology.Reference;
import org.vigilance.core.methodology.Scoring;
import org.vigilance.ingest.methodology.YamlTree.ListNode;
import org.vigilance.ingest.methodology.YamlTree.MapNode;
import org.vigilance.ingest.methodology.YamlTree.Node;
import org.vigilance.ingest.methodology.YamlTree.Scalar;

/**
 * Methodology and findings files in YAML (see {@code docs/due-diligence.md} for both formats).
 * Every problem is a {@link FileFormatException} naming file, line and field. Thread-safe.
 */
public final class YamlMethodologyFiles implements MethodologyFiles {
  /** The value of {@code format} in a methodology file. */
  public static final String METHODOLOGY_FORMAT = "vigilance-methodology/1";

  /** The value of {@code format} in a findings file, when it says. */
  public static final String FINDINGS_FORMAT = "vigilance-findings/1";

  /** The list of bundled files, one resource name a line. */
  private static final String BUNDLED_INDEX = "bundled.txt";

  private static final Set<String> TOP_KEYS =
      Set.of(
          "format",
          "id",
          "version",
          "title",
          "description",
          "frameworks",
          "levels",
          "groups",
          "scoring",
          "indicators");
  private static final Set<String> LEVEL_KEYS = Set.of("level", "meaning");
  private static final Set<String> GROUP_KEYS = Set.of("id", "title", "weight");
  private static final Set<String> SCORING_KEYS =
      Set.of("total-scale", "sources-above-zero", "weakest-raising-grade", "contradicted-level");
  private static final Set<String> INDICATOR_KEYS =
      Set.of("id", "group", "question", "full", "references", "rules");
  private static final Set<String> FINDINGS_TOP_KEYS =
      Set.of("format", "methodology", "subject", "findings");
  private static final Set<String> FINDING_KEYS = Set.of("level", "rationale", "evidence");
  private static final Set<String> EVIDENCE_KEYS = Set.of("document", "locator", "quote");

  @Override
  public Methodology methodology(String file, byte[] bytes) {
    return new Parse(file).methodology(bytes);
  }

  @Override
  public FindingsFile findings(String file, byte[] bytes) {
    return new Parse(file).findings(bytes);
  }

  @Override
  public List<Bundled> bundled() {
    List<Bundled> result = new ArrayList<>();
    for (String line :
        new String(resource(BUNDLED_INDEX), StandardCharsets.UTF_8).split("\n", -1)) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        result.add(new Bundled(name, resource(name)));
      }
    }
    return result;
  }

  private static byte[] resource(String name) {
    try (InputStream in = YamlMethodologyFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled methodology " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One reading of one file. */
  private static final class Parse {
    private final String file;

    Parse(String file) {
      this.file = file;
    }

    private FileFormatException fail(int line, String field, String reason) {
      return new FileFormatException(file, line, field, reason);
    }

    // ------------------------------------------------------------ methodology

    Methodology methodology(byte[] bytes) {
      Node root = YamlTree.read(file, bytes);
      if (root == null) {
        throw fail(
            0, "", "is empty: a methodology file starts with 'format: " + METHODOLOGY_FORMAT + "'");
      }
      MapNode top = map(root, "", "the methodology ({format: ..., id: ..., indicators: [...]})");
      keys(top, "", TOP_KEYS);
      Scalar format = requiredScalar(top, "format", "");
      if (!format.text().equals(METHODOLOGY_FORMAT)) {
        throw fail(
            format.line(),
            "format",
            "unknown format '" + format.text() + "': this build reads " + METHODOLOGY_FORMAT);
      }
      Scalar id = requiredScalar(top, "id", "");
      if (!Methodology.ID.matcher(id.text()).matches()) {
        throw fail(
            id.line(),
            "id",
            "'"
                + id.text()
                + "' is not an id: lower-case letters, digits and dashes, e.g. my-method");
      }
      Scalar version = requiredScalar(top, "version", "");
      if (!Methodology.VERSION.matcher(version.text()).matches()) {
        throw fail(
            version.line(),
            "version",
            "'"
                + version.text()
                + "' is not a version: letters, digits, dots and dashes, e.g. 2026.1");
      }
      String title = requiredText(top, "title", "");
      Scalar description = optionalScalar(top, "description", "");
      Map<String, String> frameworks = frameworks(top);
      List<Level> levels = levels(top);
      int maxLevel =
          levels.stream()
              .map(Level::value)
              .filter(Objects::nonNull)
              .mapToInt(v -> v)
              .max()
              .orElse(0);
      List<Group> groups = new ArrayList<>();
      Map<String, Integer> groupLines = groups(top, groups);
      Scoring scoring = scoring(top, maxLevel);
      List<Indicator> indicators = indicators(top, groupLines, frameworks);
      for (Group g : groups) {
        if (indicators.stream().noneMatch(i -> i.group().equals(g.id()))) {
          throw fail(
              Objects.requireNonNull(groupLines.get(g.id())),
              "groups[" + g.id() + "]",
              "has no indicator");
        }
      }
      try {
        return new Methodology(
            id.text(),
            version.text(),
            title,
            description == null || description.isNull() ? null : description.text().trim(),
            frameworks,
            levels,
            groups,
            indicators,
            scoring);
      } catch (IllegalArgumentException e) {
        // the checks above name the line of each problem; this is the model's own backstop
        throw fail(top.line(), "", String.valueOf(e.getMessage()));
      }
    }

    private Map<String, String> frameworks(MapNode top) {
      Map<String, String> result = new LinkedHashMap<>();
      Node node = top.get("frameworks");
      if (node == null) {
        return result;
      }
      MapNode map =
          map(
              node,
              "frameworks",
              "abbreviations with their titles ({UNGP: UN Guiding Principles ...})");
      map.fields()
          .forEach(
              (key, value) -> {
                String field = "frameworks." + key;
                if (!org.vigilance.core.methodology.Methodology.CODE.matcher(key).matches()) {
                  throw fail(lineOf(map, key), field, "'" + key + "' is not an abbreviation");
                }
                result.put(key, text(value, field));
              });
      return result;
    }

    private List<Level> levels(MapNode top) {
      ListNode list = list(required(top, "levels", ""), "levels");
      List<Level> levels = new ArrayList<>();
      int expected = 0;
      int notApplicableLine = 0;
      for (int i = 0; i < list.items().size(); i++) {
        String where = "levels[" + (i + 1) + "]";
        MapNode item = map(list.items().get(i), where, "{level: 0, meaning: ...}");
        keys(item, where, LEVEL_KEYS);
        Scalar level = requiredScalar(item, "level", where);
        String meaning = requiredText(item, "meaning", where);
        if (level.text().trim().equalsIgnoreCase(Level.NOT_APPLICABLE)) {
          if (notApplicableLine > 0) {
            throw fail(
                level.line(),
                where + ".level",
                "'n/a' is declared twice (first on line " + notApplicableLine + ")");
          }
          notApplicableLine = level.line();
          levels.add(new Level(null, meaning));
          continue;
        }
        if (level.token() != JsonToken.VALUE_NUMBER_INT) {
          throw fail(
              level.line(),
              where + ".level",
              "unknown level '"
                  + level.text()
                  + "': a level is a whole number (0, 1, 2 ...) or n/a");
        }
        int value;
        try {
          value = Integer.parseInt(level.text().trim());
        } catch (NumberFormatException e) {
          throw fail(level.line(), where + ".level", "level '" + level.text() + "' is too large");
        }
        if (value != expected) {
          throw fail(
              level.line(),
              where + ".level",
              "levels run 0, 1, 2 ... in order without a gap: expected "
                  + expected
                  + ", found "
                  + value);
        }
        expected++;
        levels.add(new Level(value, meaning));
      }
      if (expected < 2) {
        throw fail(list.line(), "levels", "needs at least the levels 0 and 1");
      }
      return levels;
    }

    /** Reads the groups into {@code out}; returns the line of each group id. */
    private Map<String, Integer> groups(MapNode top, List<Group> out) {
      ListNode list = list(required(top, "groups", ""), "groups");
      Map<String, Integer> lines = new LinkedHashMap<>();
      if (list.items().isEmpty()) {
        throw fail(list.line(), "groups", "declares no group");
      }
      for (int i = 0; i < list.items().size(); i++) {
        String where = "groups[" + (i + 1) + "]";
        MapNode item = map(list.items().get(i), where, "{id: G, title: ..., weight: 10}");
        Scalar id = requiredScalar(item, "id", where);
        if (!Methodology.CODE.matcher(id.text()).matches()) {
          throw fail(
              id.line(),
              where + ".id",
              "'" + id.text() + "' is not an id (letters, digits, . _ -)");
        }
        where = "groups[" + id.text() + "]";
        keys(item, where, GROUP_KEYS);
        if (lines.containsKey(id.text())) {
          throw fail(
              id.line(),
              where + ".id",
              "group '"
                  + id.text()
                  + "' is declared twice (first on line "
                  + lines.get(id.text())
                  + ")");
        }
        String title = requiredText(item, "title", where);
        Scalar weight = requiredScalar(item, "weight", where);
        BigDecimal w = number(weight, where + ".weight");
        if (w.signum() <= 0) {
          throw fail(weight.line(), where + ".weight", "a weight is above 0, not " + weight.text());
        }
        lines.put(id.text(), id.line());
        out.add(new Group(id.text(), title, w));
      }
      return lines;
    }

    private Scoring scoring(MapNode top, int maxLevel) {
      Node node = top.get("scoring");
      if (node == null) {
        return Scoring.DEFAULT;
      }
      MapNode map = map(node, "scoring", "the scoring parameters");
      keys(map, "scoring", SCORING_KEYS);
      Scoring d = Scoring.DEFAULT;
      int scale = whole(map, "total-scale", d.totalScale(), 1);
      int sources = whole(map, "sources-above-zero", d.sourcesAboveZero(), 1);
      int contradicted = whole(map, "contradicted-level", d.contradictedLevel(), 0);
      if (contradicted > maxLevel) {
        throw fail(
            lineOf(map, "contradicted-level"),
            "scoring.contradicted-level",
            contradicted + " is not a level (the highest is " + maxLevel + ")");
      }
      EvidenceGrade grade = d.weakestRaisingGrade();
      Scalar g = optionalScalar(map, "weakest-raising-grade", "scoring");
      if (g != null) {
        try {
          grade = EvidenceGrade.parse(g.text());
        } catch (IllegalArgumentException e) {
          throw fail(g.line(), "scoring.weakest-raising-grade", String.valueOf(e.getMessage()));
        }
        if (grade == EvidenceGrade.E4) {
          throw fail(
              g.line(),
              "scoring.weakest-raising-grade",
              "E4 (unverified allegation) can never raise a level: use E1, E2 or E3");
        }
      }
      return new Scoring(scale, sources, grade, contradicted);
    }

    private int whole(MapNode map, String key, int otherwise, int min) {
      Scalar s = optionalScalar(map, key, "scoring");
      if (s == null) {
        return otherwise;
      }
      String field = "scoring." + key;
      if (s.token() != JsonToken.VALUE_NUMBER_INT) {
        throw fail(s.line(), field, "'" + s.text() + "' is not a whole number");
      }
      int value;
      try {
        value = Integer.parseInt(s.text().trim());
      } catch (NumberFormatException e) {
        throw fail(s.line(), field, "'" + s.text() + "' is too large");
      }
      if (value < min) {
        throw fail(s.line(), field, "is " + min + " or more, not " + value);
      }
      return value;
    }

    private List<Indicator> indicators(
        MapNode top, Map<String, Integer> groups, Map<String, String> frameworks) {
      ListNode list = list(required(top, "indicators", ""), "indicators");
      if (list.items().isEmpty()) {
        throw fail(list.line(), "indicators", "declares no indicator");
      }
      Map<String, Integer> seen = new HashMap<>();
      List<Indicator> result = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String where = "indicators[" + (i + 1) + "]";
        MapNode item =
            map(list.items().get(i), where, "{id: G-01, group: G, question: ..., full: ...}");
        Scalar id = requiredScalar(item, "id", where);
        if (!Methodology.CODE.matcher(id.text()).matches()) {
          throw fail(
              id.line(),
              where + ".id",
              "'" + id.text() + "' is not an id (letters, digits, . _ -)");
        }
        where = "indicators[" + id.text() + "]";
        keys(item, where, INDICATOR_KEYS);
        Integer first = seen.putIfAbsent(id.text(), id.line());
        if (first != null) {
          throw fail(
              id.line(),
              where + ".id",
              "indicator '" + id.text() + "' is declared twice (first on line " + first + ")");
        }
        Scalar group = requiredScalar(item, "group", where);
        if (!groups.containsKey(group.text())) {
          throw fail(
              group.line(),
              where + ".group",
              "unknown group '"
                  + group.text()
                  + "' (groups: "
                  + String.join(", ", groups.keySet())
                  + ")");
        }
        String question = requiredText(item, "question", where);
        String full = requiredText(item, "full", where);
        result.add(
            new Indicator(
                id.text(),
                group.text(),
                question,
                full,
                references(item, where, frameworks),
                rules(item, where)));
      }
      return result;
    }

    private List<Reference> references(MapNode item, String where, Map<String, String> frameworks) {
      Node node = item.get("references");
      List<Reference> result = new ArrayList<>();
      if (node == null) {
        return result;
      }
      String field = where + ".references";
      MapNode map = map(node, field, "frameworks with their items ({UNGP: [17, 18], CSDDD: [8]})");
      for (Map.Entry<String, Node> e : map.fields().entrySet()) {
        String framework = e.getKey();
        if (!frameworks.containsKey(framework)) {
          throw fail(
              lineOf(map, framework),
              field + "." + framework,
              "unknown framework '"
                  + framework
                  + "' (declared under 'frameworks': "
                  + (frameworks.isEmpty() ? "none" : String.join(", ", frameworks.keySet()))
                  + ")");
        }
        List<Node> items = e.getValue() instanceof ListNode l ? l.items() : List.of(e.getValue());
        for (Node n : items) {
          result.add(new Reference(framework, text(n, field + "." + framework)));
        }
      }
      return result;
    }

    private Set<GraphRule> rules(MapNode item, String where) {
      Node node = item.get("rules");
      Set<GraphRule> result = EnumSet.noneOf(GraphRule.class);
      if (node == null) {
        return result;
      }
      String field = where + ".rules";
      List<Node> items = node instanceof ListNode l ? l.items() : List.of(node);
      for (Node n : items) {
        String name = text(n, field);
        Optional<GraphRule> rule = GraphRule.of(name);
        if (rule.isEmpty()) {
          throw fail(
              n.line(), field, "unknown rule '" + name + "' (rules: " + GraphRule.known() + ")");
        }
        result.add(rule.get());
      }
      return result;
    }

    // ------------------------------------------------------------ findings

    FindingsFile findings(byte[] bytes) {
      Node root = YamlTree.read(file, bytes);
      if (root == null) {
        throw fail(
            0, "", "is empty: a findings file holds 'findings:' with one entry per indicator");
      }
      MapNode top =
          map(root, "", "{methodology: ..., findings: {G-01: {level: ..., rationale: ...}}}");
      keys(top, "", FINDINGS_TOP_KEYS);
      Scalar format = optionalScalar(top, "format", "");
      if (format != null && !format.text().equals(FINDINGS_FORMAT)) {
        throw fail(
            format.line(),
            "format",
            "unknown format '" + format.text() + "': this build reads " + FINDINGS_FORMAT);
      }
      Scalar methodology = optionalScalar(top, "methodology", "");
      Scalar subject = optionalScalar(top, "subject", "");
      MapNode findings =
          map(
              required(top, "findings", ""),
              "findings",
              "one entry per indicator ({G-01: {level: 1, ...}})");
      Map<String, FindingsFile.Proposal> proposals = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : findings.fields().entrySet()) {
        String indicator = e.getKey();
        String where = "findings." + indicator;
        int line = lineOf(findings, indicator);
        MapNode item = map(e.getValue(), where, "{level: 1, rationale: ..., evidence: [...]}");
        keys(item, where, FINDING_KEYS);
        Scalar level = requiredScalar(item, "level", where);
        String rationale = requiredText(item, "rationale", where);
        List<FindingsFile.EvidenceRef> evidence = new ArrayList<>();
        Node ev = item.get("evidence");
        if (ev != null) {
          List<Node> items = ev instanceof ListNode l ? l.items() : List.of(ev);
          for (int i = 0; i < items.size(); i++) {
            String at = where + ".evidence[" + (i + 1) + "]";
            Node n = items.get(i);
            if (n instanceof Scalar s) {
              evidence.add(new FindingsFile.EvidenceRef(text(s, at), null, null, s.line()));
              continue;
            }
            MapNode m = map(n, at, "a document id, or {document: ID, locator: ..., quote: ...}");
            keys(m, at, EVIDENCE_KEYS);
            String document = requiredText(m, "document", at);
            Scalar locator = optionalScalar(m, "locator", at);
            Scalar quote = optionalScalar(m, "quote", at);
            evidence.add(
                new FindingsFile.EvidenceRef(
                    document,
                    locator == null || locator.isNull() ? null : locator.text().trim(),
                    quote == null || quote.isNull() ? null : quote.text().trim(),
                    m.line()));
          }
        }
        proposals.put(
            indicator,
            new FindingsFile.Proposal(
                indicator, line, level.text().trim(), level.line(), rationale, evidence));
      }
      return new FindingsFile(
          file,
          methodology == null ? null : methodology.text().trim(),
          methodology == null ? 0 : methodology.line(),
          subject == null ? null : subject.text().trim(),
          subject == null ? 0 : subject.line(),
          proposals);
    }

    // ------------------------------------------------------------ helpers

    private MapNode map(Node node, String field, String expected) {
      if (node instanceof MapNode m) {
        return m;
      }
      throw fail(node.line(), field, "expected " + expected + ", not " + node.kind());
    }

    private ListNode list(Node node, String field) {
      if (node instanceof ListNode l) {
        return l;
      }
      throw fail(
          node.line(), field, "expected a list (items starting with '- '), not " + node.kind());
    }

    private void keys(MapNode map, String where, Set<String> allowed) {
      for (String key : map.fields().keySet()) {
        if (!allowed.contains(key)) {
          throw fail(
              lineOf(map, key),
              where.isEmpty() ? key : where + "." + key,
              "unknown key (expected one of: "
                  + String.join(", ", new java.util.TreeSet<>(allowed))
                  + ")");
        }
      }
    }

    private Node required(MapNode map, String key, String where) {
      Node node = map.get(key);
      if (node == null || (node instanceof Scalar s && s.isNull())) {
        throw fail(
            node == null ? map.line() : node.line(),
            where.isEmpty() ? key : where + "." + key,
            "missing");
      }
      return node;
    }

    private Scalar requiredScalar(MapNode map, String key, String where) {
      Node node = required(map, key, where);
      String field = where.isEmpty() ? key : where + "." + key;
      if (node instanceof Scalar s) {
        if (s.text().isBlank()) {
          throw fail(s.line(), field, "missing (empty)");
        }
        return s;
      }
      throw fail(node.line(), field, "expected a single value, not " + node.kind());
    }

    private @Nullable Scalar optionalScalar(MapNode map, String key, String where) {
      Node node = map.get(key);
      if (node == null) {
        return null;
      }
      if (node instanceof Scalar s) {
        return s;
      }
      throw fail(
          node.line(),
          where.isEmpty() ? key : where + "." + key,
          "expected a single value, not " + node.kind());
    }

    private String requiredText(MapNode map, String key, String where) {
      return requiredScalar(map, key, where).text().trim();
    }

    private String text(Node node, String field) {
      if (node instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
        return s.text().trim();
      }
      throw fail(
          node.line(),
          field,
          node instanceof Scalar
              ? "missing (empty)"
              : "expected a single value, not " + node.kind());
    }

    private BigDecimal number(Scalar s, String field) {
      if (s.token() == JsonToken.VALUE_NUMBER_INT || s.token() == JsonToken.VALUE_NUMBER_FLOAT) {
        try {
          return new BigDecimal(s.text().trim());
        } catch (NumberFormatException e) {
          // YAML numbers such as 0x1A or 1_000: refused below like any other non-decimal
        }
      }
      throw fail(s.line(), field, "'" + s.text() + "' is not a number");
    }

    private static int lineOf(MapNode map, String key) {
      Integer line = map.keyLines().get(key);
      return line == null ? map.line() : line;
    }
  }
}
