package org.vigilance.search.lucene;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.search.QuerySyntaxException;
import org.vigilance.core.search.SearchRequest;

/**
 * The query language on Lucene's classic query parser: bare words search every text field (base and
 * stemmed) and names; {@code field:value} takes Vigilance's field names; dates, amounts, years and
 * pages are point ranges. Parse errors become {@link QuerySyntaxException}s with the column. Not
 * thread-safe: one per query.
 */
final class QueryLanguage extends MultiFieldQueryParser {
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static final Map<String, String> KEYWORD_ALIASES = new HashMap<>();

  static {
    for (String facet : Fields.FACETS) {
      KEYWORD_ALIASES.put(facet, Fields.filter(facet));
    }
  }

  /** A fault found while building the query, with the text to point at. */
  private static final class Fault extends ParseException {
    private static final long serialVersionUID = 1L;
    final String near;

    Fault(String message, String near) {
      super(message);
      this.near = near;
    }
  }

  private QueryLanguage(Analyzer analyzer) {
    super(Fields.BARE.keySet().stream().sorted().toArray(String[]::new), analyzer, Fields.BARE);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setAutoGeneratePhraseQueries(false);
  }

  /** Parses a query; an empty query or {@code *} matches everything. */
  static Query parse(String query, Analyzer analyzer) {
    String trimmed = query.strip();
    if (trimmed.isEmpty() || trimmed.equals("*") || trimmed.equals("*:*")) {
      return MatchAllDocsQuery.INSTANCE;
    }
    try {
      return matchAllButExcluded(new QueryLanguage(analyzer).parse(query));
    } catch (ParseException e) {
      throw translate(query, e);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException(query, 1, String.valueOf(e.getMessage()));
    }
  }

  /** {@code NOT x} alone means everything but x (Lucene would match nothing). */
  private static Query matchAllButExcluded(Query query) {
    if (query instanceof BooleanQuery bool
        && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
      bool.clauses().forEach(builder::add);
      return builder.build();
    }
    return query;
  }

  private static QuerySyntaxException translate(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
    if (cause instanceof Fault fault) {
      int at = query.indexOf(fault.near);
      return new QuerySyntaxException(
          query, at < 0 ? 1 : at + 1, String.valueOf(fault.getMessage()));
    }
    if (cause instanceof ParseException p && p.currentToken != null) {
      Token next = p.currentToken.next;
      if (next == null || next.kind == 0) {
        return new QuerySyntaxException(
            query, query.length() + 1, "the query ends too early" + expected(p));
      }
      return new QuerySyntaxException(
          query, next.beginColumn + 1, "unexpected '" + next.image + "'" + expected(p));
    }
    if (cause instanceof TokenMgrError lexical) {
      String message = String.valueOf(lexical.getMessage());
      Matcher m = LEXICAL_COLUMN.matcher(message);
      int column = m.find() ? Integer.parseInt(m.group(1)) : query.length() + 1;
      String reason =
          message.contains("<EOF>")
              ? "the query ends inside a quote, range or escape: close it"
              : "unexpected character";
      int quote = unbalancedQuote(query);
      return new QuerySyntaxException(query, quote >= 0 ? quote + 1 : column, reason);
    }
    String message = String.valueOf(cause.getMessage());
    // "'*' or '?' not allowed as first character in WildcardQuery"
    if (message.contains("first character")) {
      int at = firstLeadingWildcard(query);
      return new QuerySyntaxException(
          query, at + 1, "a word cannot start with * or ?: give at least one letter first");
    }
    return new QuerySyntaxException(query, 1, message);
  }

  private static String expected(ParseException p) {
    if (p.expectedTokenSequences == null || p.tokenImage == null) {
      return "";
    }
    for (int[] sequence : p.expectedTokenSequences) {
      for (int kind : sequence) {
        String image = p.tokenImage[kind];
        if (image.equals("<TERM>") || image.equals("<QUOTED>")) {
          return ": a word, a \"phrase\" or a field:value is missing";
        }
        if (image.equals("\")\"")) {
          return ": a ')' is missing";
        }
        if (image.equals("\"]\"") || image.equals("\"}\"")) {
          return ": a range is [FROM TO TO]";
        }
      }
    }
    return "";
  }

  private static int unbalancedQuote(String query) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  private static int firstLeadingWildcard(String query) {
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if ((c == '*' || c == '?') && (i == 0 || " (:\t+-".indexOf(query.charAt(i - 1)) >= 0)) {
        return i;
      }
    }
    return 0;
  }

  // --- field names --------------------------------------------------------------------------

  private enum Kind {
    BARE,
    TEXT_FIELD,
    KEYWORD,
    EXACT,
    DATE,
    AMOUNT,
    YEAR,
    PAGE
  }

  private record Target(Kind kind, @Nullable String field) {}

  private static Target target(@Nullable String field) throws ParseException {
    if (field == null) {
      return new Target(Kind.BARE, null);
    }
    if (Fields.BARE.containsKey(field)) {
      // the parser expands a bare word to these fields, and calls back with each
      return new Target(Kind.TEXT_FIELD, field);
    }
    String name = field.toLowerCase(Locale.ROOT);
    return switch (name) {
      case "text" -> new Target(Kind.BARE, null);
      case "name" -> new Target(Kind.TEXT_FIELD, Fields.NAMES);
      case "id" -> new Target(Kind.EXACT, Fields.ID);
      case "document" -> new Target(Kind.EXACT, Fields.DOCUMENT);
      case "date" -> new Target(Kind.DATE, Fields.DATE);
      case "amount" -> new Target(Kind.AMOUNT, Fields.AMOUNT);
      case "year" -> new Target(Kind.YEAR, Fields.filter("year"));
      case "page" -> new Target(Kind.PAGE, Fields.PAGE);
      default -> {
        String keyword = KEYWORD_ALIASES.get(name);
        if (keyword == null) {
          throw new Fault(
              "unknown field '"
                  + field
                  + "': use one of "
                  + String.join(", ", SearchRequest.FIELDS)
                  + " (or quote the colon: \"a:b\")",
              field + ":");
        }
        yield new Target(Kind.KEYWORD, keyword);
      }
    };
  }

  @Override
  protected @Nullable Query getFieldQuery(@Nullable String field, String queryText, boolean quoted)
      throws ParseException {
    Target t = target(field);
    return switch (t.kind()) {
      case BARE -> wholeName(super.getFieldQuery(null, queryText, quoted), queryText, quoted);
      case TEXT_FIELD ->
          "name".equalsIgnoreCase(field) // the user's name:, not the parser's expansion
              ? wholeName(super.getFieldQuery(t.field(), queryText, quoted), queryText, true)
              : super.getFieldQuery(t.field(), queryText, quoted);
      case KEYWORD -> {
        Query exact = new TermQuery(new Term(field(t), keywordValue(field, queryText)));
        if (!"agency".equalsIgnoreCase(field)) {
          yield exact;
        }
        // an agency is also found by the words of its name: agency:immigration, agency:"ICE"
        Query words = super.getFieldQuery(Fields.AGENCY_TEXT, queryText, quoted);
        yield words == null
            ? exact
            : new BooleanQuery.Builder()
                .add(exact, BooleanClause.Occur.SHOULD)
                .add(words, BooleanClause.Occur.SHOULD)
                .build();
      }
      case EXACT -> new TermQuery(new Term(field(t), queryText));
      case DATE -> {
        int[] days = dateRange(queryText, queryText);
        yield IntRange.newIntersectsQuery(Fields.DATE, new int[] {days[0]}, new int[] {days[1]});
      }
      case AMOUNT -> DoublePoint.newExactQuery(Fields.AMOUNT, number(queryText));
      case YEAR -> new TermQuery(new Term(field(t), Analysis.fold(queryText)));
      case PAGE -> IntPoint.newExactQuery(Fields.PAGE, integer(queryText));
    };
  }

  /**
   * A quoted text also matches a whole name, normalised (folded, punctuation and spacing
   * simplified), and ranks such an entity first.
   */
  private static @Nullable Query wholeName(@Nullable Query query, String text, boolean quoted) {
    if (!quoted || query == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(new TermQuery(new Term(Fields.NAME_KEY, Analysis.nameKey(text))), 4f),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  @Override
  protected @Nullable Query getFieldQuery(@Nullable String field, String queryText, int slop)
      throws ParseException {
    Target t = target(field);
    return switch (t.kind()) {
      case BARE -> super.getFieldQuery(null, queryText, slop);
      case TEXT_FIELD -> super.getFieldQuery(t.field(), queryText, slop);
      default -> getFieldQuery(field, queryText, true);
    };
  }

  @Override
  protected Query getPrefixQuery(@Nullable String field, String termStr) throws ParseException {
    Target t = target(field);
    return switch (t.kind()) {
      case BARE -> super.getPrefixQuery(null, termStr);
      case TEXT_FIELD, KEYWORD, EXACT, YEAR -> super.getPrefixQuery(t.field(), termStr);
      default -> throw new Fault("field '" + field + "' takes no prefix: use a range", termStr);
    };
  }

  @Override
  protected Query getWildcardQuery(@Nullable String field, String termStr) throws ParseException {
    Target t = target(field);
    if (termStr.equals("*")) {
      return anyValue(t);
    }
    return switch (t.kind()) {
      case BARE -> super.getWildcardQuery(null, termStr);
      case TEXT_FIELD, KEYWORD, EXACT, YEAR -> super.getWildcardQuery(t.field(), termStr);
      default -> throw new Fault("field '" + field + "' takes no wildcard: use a range", termStr);
    };
  }

  /** {@code field:*}: documents with any value in the field. */
  private static Query anyValue(Target t) {
    return switch (t.kind()) {
      case BARE -> MatchAllDocsQuery.INSTANCE;
      case DATE ->
          IntRange.newIntersectsQuery(
              Fields.DATE, new int[] {Integer.MIN_VALUE}, new int[] {Integer.MAX_VALUE});
      case AMOUNT ->
          DoublePoint.newRangeQuery(
              Fields.AMOUNT, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      case PAGE -> IntPoint.newRangeQuery(Fields.PAGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
      default -> new TermRangeQuery(field(t), null, null, true, true);
    };
  }

  @Override
  protected Query getFuzzyQuery(@Nullable String field, String termStr, float minSimilarity)
      throws ParseException {
    Target t = target(field);
    return switch (t.kind()) {
      case BARE -> super.getFuzzyQuery(null, termStr, minSimilarity);
      case TEXT_FIELD, KEYWORD -> super.getFuzzyQuery(t.field(), termStr, minSimilarity);
      default -> throw new Fault("field '" + field + "' takes no fuzzy match", termStr);
    };
  }

  @Override
  protected Query getRegexpQuery(@Nullable String field, String termStr) throws ParseException {
    throw new Fault("regular expressions are not supported: use prefix* or fuzzy~", "/");
  }

  @Override
  protected Query getRangeQuery(
      @Nullable String field,
      @Nullable String part1,
      @Nullable String part2,
      boolean startInclusive,
      boolean endInclusive)
      throws ParseException {
    Target t = target(field);
    return switch (t.kind()) {
      case DATE -> {
        int from = part1 == null ? Integer.MIN_VALUE : dateRange(part1, part1)[0];
        int to = part2 == null ? Integer.MAX_VALUE : dateRange(part2, part2)[1];
        if (!startInclusive && part1 != null) {
          from = dateRange(part1, part1)[1] + 1;
        }
        if (!endInclusive && part2 != null) {
          to = dateRange(part2, part2)[0] - 1;
        }
        yield IntRange.newIntersectsQuery(Fields.DATE, new int[] {from}, new int[] {to});
      }
      case AMOUNT -> {
        double from = part1 == null ? Double.NEGATIVE_INFINITY : number(part1);
        double to = part2 == null ? Double.POSITIVE_INFINITY : number(part2);
        if (!startInclusive) {
          from = Math.nextUp(from);
        }
        if (!endInclusive) {
          to = Math.nextDown(to);
        }
        yield DoublePoint.newRangeQuery(Fields.AMOUNT, from, to);
      }
      case YEAR -> {
        int from = part1 == null ? Integer.MIN_VALUE : integer(part1);
        int to = part2 == null ? Integer.MAX_VALUE : integer(part2);
        yield IntPoint.newRangeQuery(
            Fields.YEAR_POINT, startInclusive ? from : from + 1, endInclusive ? to : to - 1);
      }
      case PAGE -> {
        int from = part1 == null ? Integer.MIN_VALUE : integer(part1);
        int to = part2 == null ? Integer.MAX_VALUE : integer(part2);
        yield IntPoint.newRangeQuery(
            Fields.PAGE, startInclusive ? from : from + 1, endInclusive ? to : to - 1);
      }
      case KEYWORD ->
          super.getRangeQuery(
              field(t),
              part1 == null ? null : keywordValue(field, part1),
              part2 == null ? null : keywordValue(field, part2),
              startInclusive,
              endInclusive);
      default ->
          throw new Fault(
              "ranges work on date, amount, year, page and the keyword fields",
              field == null ? "[" : field + ":");
    };
  }

  private static String field(Target t) {
    String f = t.field();
    if (f == null) {
      throw new IllegalStateException("no field");
    }
    return f;
  }

  private static String keywordValue(@Nullable String field, String value) {
    if ("language".equalsIgnoreCase(field)) {
      return Analysis.fold(Analysis.languageCode(value));
    }
    return Analysis.fold(value);
  }

  private static double number(String text) throws ParseException {
    try {
      double d = Double.parseDouble(text.replace(",", ""));
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new Fault("'" + text + "' is not a number", text);
    }
  }

  private static int integer(String text) throws ParseException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new Fault("'" + text + "' is not a whole number", text);
    }
  }

  /**
   * The first and last epoch day a date covers: {@code 2021} is the year, {@code 2021-03} the
   * month.
   */
  static int[] dateRange(String text, String near) throws ParseException {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw new Fault("'" + text + "' is not a date: write 2021, 2021-03 or 2021-03-04", near);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new int[] {
          (int) LocalDate.of(year, 1, 1).toEpochDay(), (int) LocalDate.of(year, 12, 31).toEpochDay()
        };
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth ym = YearMonth.of(year, month);
        return new int[] {(int) ym.atDay(1).toEpochDay(), (int) ym.atEndOfMonth().toEpochDay()};
      }
      int day = (int) LocalDate.of(year, month, Integer.parseInt(m.group(3))).toEpochDay();
      return new int[] {day, day};
    } catch (DateTimeException e) {
      throw new Fault("'" + text + "' is not a date: " + e.getMessage(), near);
    }
  }

  /** The days a stored date value covers, or null when it is not a date (it is then skipped). */
  static int @Nullable [] storedDateRange(String value) {
    String date = value.length() > 10 ? value.substring(0, 10) : value;
    try {
      return dateRange(date, date);
    } catch (ParseException e) {
      return null;
    }
  }
}
