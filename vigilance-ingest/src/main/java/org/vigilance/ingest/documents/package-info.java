/**
 * Documents of any kind through Apache Tika: {@link
 * org.vigilance.ingest.documents.DocumentRecordReader} turns one file (PDF, office document,
 * e-mail, archive, image, web page...) into FollowTheMoney {@code Document} entities: the file, one
 * {@code Page} per PDF page, and a child document for every archive member and attachment,
 * recursively, each with its text, metadata, detected language and the spans of personal data found
 * in it ({@link org.vigilance.ingest.documents.PersonalDataDetector}).
 *
 * <p>Mapping (Tika metadata to FtM properties):
 *
 * <table>
 *   <caption>Document properties</caption>
 *   <tr><th>property</th><th>from</th></tr>
 *   <tr><td>schema</td><td>the detected MIME type: {@code Pages} (PDF), {@code Email} (RFC 822,
 *       Outlook), {@code Package} (zip, tar, gzip, 7z, bzip2, xz...), {@code Folder} (mbox,
 *       PST), {@code Workbook} (spreadsheets), {@code HyperText} (HTML), {@code PlainText}
 *       (text/*), {@code Image} (image/*), else {@code Document}</td></tr>
 *   <tr><td>fileName, filePath</td><td>as the user gave them; for a member
 *       {@code archive.zip!/a/b.pdf}</td></tr>
 *   <tr><td>mimeType</td><td>the type Tika detected from the content (parameters dropped)</td></tr>
 *   <tr><td>fileSize, contentHash</td><td>the bytes (SHA-256), as stored in the blob store</td></tr>
 *   <tr><td>title, author</td><td>{@code dc:title}, {@code dc:creator} (not for e-mails, whose
 *       author is a sender), with any personal data masked</td></tr>
 *   <tr><td>authoredAt, modifiedAt, date</td><td>{@code dcterms:created}, {@code
 *       dcterms:modified}; {@code date} is the date of an e-mail</td></tr>
 *   <tr><td>language</td><td>{@code dc:language}, as an ISO 639-3 code of the model</td></tr>
 *   <tr><td>detectedLanguage</td><td>detected from the text (optimaize); also per page</td></tr>
 *   <tr><td>pageCount</td><td>the number of pages of a PDF</td></tr>
 *   <tr><td>bodyText, maskedSpans</td><td>the text (on each {@code Page} for a PDF) and where it
 *       holds personal data</td></tr>
 *   <tr><td>parent</td><td>the container of an archive member or attachment</td></tr>
 *   <tr><td>processingStatus, processingError</td><td>{@code success} or {@code failure} with
 *       the reason: {@code encrypted}, {@code truncated}, {@code corrupt}, {@code unsupported},
 *       {@code empty}, {@code too deep}, {@code too big}, {@code timed out}, {@code contains
 *       itself}</td></tr>
 * </table>
 *
 * <p>E-mail senders and recipients are not recorded: they are personal data (the do-no-harm rule).
 */
@NullMarked
package org.vigilance.ingest.documents;

import org.jspecify.annotations.NullMarked;
