package org.vigilance.core.ingest;

/** Hears about the progress of long work, to show it. Called from the working thread. */
public interface ProgressListener {

  /** A listener that shows nothing. */
  ProgressListener NONE =
      new ProgressListener() {
        @Override
        public void start(String task, long total, String unit) {}

        @Override
        public void update(long done, long items) {}

        @Override
        public void finish() {}
      };

  /**
   * Work begins.
   *
   * @param task what is being done
   * @param total how much there is to do, or -1 when unknown
   * @param unit the unit of {@code total} ({@code B} for bytes, {@code entities}, ...)
   */
  void start(String task, long total, String unit);

  /**
   * Work advanced.
   *
   * @param done how much of {@code total} is done
   * @param items how many items (records, entities) were handled, for a rate
   */
  void update(long done, long items);

  /** Work ended. */
  void finish();
}
