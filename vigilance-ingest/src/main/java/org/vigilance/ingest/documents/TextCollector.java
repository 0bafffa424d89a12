package org.vigilance.ingest.documents;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output: the body only (not the head's title), one text per
 * {@code <div class="page">} (Tika's PDF parser wraps each page in one, OCR'd text included), and
 * the text outside pages apart. Stops the parse ({@link LimitException}) when the text grows past
 * its limit or past what the file may still expand to.
 */
final class TextCollector extends DefaultHandler {
  private final int maxChars;
  private final Expansion expansion;
  private final StringBuilder outside = new StringBuilder();
  private final List<StringBuilder> pages = new ArrayList<>();
  private int headDepth;
  private int pageDivDepth;
  private long chars;
  private boolean cut;

  /** The parse was stopped because the text reached a limit. */
  static final class LimitException extends SAXException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  TextCollector(int maxChars, Expansion expansion) {
    this.maxChars = maxChars;
    this.expansion = expansion;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("div")) {
      if (pageDivDepth > 0) {
        pageDivDepth++;
      } else if ("page".equals(atts.getValue("class"))) {
        pageDivDepth = 1;
        pages.add(new StringBuilder());
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head") && headDepth > 0) {
      headDepth--;
    } else if (name.equals("div") && pageDivDepth > 0) {
      pageDivDepth--;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (headDepth > 0 || length == 0) {
      return;
    }
    if (cut) {
      throw new LimitException("text limit reached");
    }
    int room = (int) Math.min(length, (long) maxChars - chars);
    if (room < length) {
      cut = true;
    }
    if (!expansion.take(room)) {
      cut = true;
      throw new LimitException("expansion limit reached");
    }
    StringBuilder target = pageDivDepth > 0 ? pages.get(pages.size() - 1) : outside;
    target.append(ch, start, room);
    chars += room;
    if (cut) {
      throw new LimitException("text limit reached");
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  /** Whether the text was cut at a limit. */
  boolean cut() {
    return cut;
  }

  /** The text of each page, in order; empty when the document has no pages. */
  List<String> pages() {
    List<String> texts = new ArrayList<>(pages.size());
    for (StringBuilder page : pages) {
      texts.add(Texts.tidy(page));
    }
    return texts;
  }

  /** All the text: the pages, then what was outside them. */
  String text() {
    StringBuilder all = new StringBuilder();
    for (StringBuilder page : pages) {
      all.append(page).append('\n');
    }
    all.append(outside);
    return Texts.tidy(all);
  }
}
