package org.vigilance.ingest.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * Whether tesseract is installed, and its languages: asked once ({@code tesseract --list-langs}),
 * on first use. Thread-safe.
 */
public final class Tesseract {
  private static final Set<String> LANGUAGES = listLanguages();

  private Tesseract() {}

  /** Whether the {@code tesseract} program runs. */
  public static boolean installed() {
    return !LANGUAGES.isEmpty();
  }

  /** The installed languages ({@code eng}, {@code fra}...), empty when tesseract is absent. */
  public static Set<String> languages() {
    return LANGUAGES;
  }

  /**
   * The installed ones of the wanted languages ({@code eng+fra+xyz}), in the order given, joined by
   * {@code +}; empty when none is installed.
   */
  public static String installedOf(String wanted) {
    StringJoiner joined = new StringJoiner("+");
    for (String language : wanted.split("\\+", -1)) {
      if (!language.isBlank() && LANGUAGES.contains(language.strip())) {
        joined.add(language.strip());
      }
    }
    return joined.toString();
  }

  private static Set<String> listLanguages() {
    Set<String> languages = new LinkedHashSet<>();
    try {
      Process process =
          new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Set.of();
      }
      if (process.exitValue() != 0) {
        return Set.of();
      }
      for (String line : output.split("\\R", -1)) {
        String word = line.strip();
        if (word.matches("[A-Za-z_]+") && !word.equals("osd")) {
          languages.add(word);
        }
      }
    } catch (IOException e) {
      return Set.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Set.of();
    }
    return Set.copyOf(languages);
  }
}
