/**
 * Open Contracting Data Standard (OCDS) importer: {@link
 * org.vigilance.ingest.ocds.OcdsRecordReader} reads release packages, record packages, releases,
 * records and arrays of them (OCDS 1.0 and 1.1, JSON or JSON Lines) into FollowTheMoney entities.
 *
 * <h2>Releases and compiled records</h2>
 *
 * Every release is emitted as it is, each entity it describes a draft citing that release ({@code
 * release:<n>:<ocid>/<release id>}), so the store keeps what each release said, with its date, and
 * a value that a later release changed is not lost. Once all the releases of an ocid are read, its
 * compiled record is emitted too, as drafts of the same entities citing {@code record:<n>:<ocid>}:
 * the current state of the contracting process, the values a reader wants by default. The compiled
 * record gets its own number, right after the last release of its ocid, rather than that release's,
 * because its values come from all the releases, not from the last one. It is compiled by the OCDS
 * merge rules (see {@code OcdsMerge}): newest release by {@code date} wins each field; arrays of
 * objects merge by {@code id}. Releases tagged {@code compiled} are compiled records already: they
 * are emitted like the others and left out of the merge unless the ocid has nothing else. A record
 * of a record package is emitted the same way: its embedded releases (not the linked ones, whose
 * data is elsewhere), then its {@code compiledRelease} (or the newest values of its {@code
 * versionedRelease}, or the merge of its releases) citing {@code record:<n>:<ocid>}. A versioned
 * release alone is read as a record. An ocid with a single release still gets its compiled record,
 * so that the current values are always the {@code record:} fragments.
 *
 * <p>Releases of one ocid may be anywhere in the file, so the whole file is read into memory before
 * anything is emitted; this also lets a file that is not OCDS fail before anything of it is
 * imported. OCDS files are modest; split a bulk download into files before importing.
 *
 * <h2>Mapping to FollowTheMoney</h2>
 *
 * <table>
 *   <caption>OCDS to FollowTheMoney</caption>
 *   <tr><th>OCDS</th><th>entity (id)</th><th>properties</th></tr>
 *   <tr><td>the contracting process (ocid); {@code planning}</td>
 *       <td>{@code Project} ({@code ocds:<ocid>})</td>
 *       <td>name and projectId = ocid; publisher, publisherUrl, sourceUrl from the package;
 *       modifiedAt = release date; description = planning rationale and budget description;
 *       amount/currency = budget amount; notes = every other field of the release (tag,
 *       initiationType, language, relatedProcesses, the rest of planning, extension fields)</td></tr>
 *   <tr><td>{@code parties} and organisation references (buyer, procuringEntity, tenderers,
 *       suppliers, payer, payee; OCDS 1.0 inline organisations; 1.0 transaction identifiers)</td>
 *       <td>{@code PublicBody} when a role is buyer or procuringEntity; else {@code Company} when
 *       an identifier's scheme is a company register ({@code GB-COH}, {@code IE-CRO}, ...); else
 *       {@code LegalEntity}, which says no more than OCDS does (a supplier may be a sole trader:
 *       never a {@code Person}) and merges with a {@code Company} or {@code Organization} later.
 *       Id {@code ocds-party:<ocid prefix, else publisher>:<scheme>-<id>} from the identifier
 *       ({@code noscheme-<id>} without a scheme), else {@code ocds-party:<ocid>:<party id>}, else
 *       {@code ocds-party:<ocid>:name:<name>}</td>
 *       <td>name (and name_xx variants); alias = identifier legalName; address = street, locality,
 *       region, postal code, country name; country = ISO code of the country name; each
 *       identifier and additional identifier by scheme: XI-LEI → leiCode, company register →
 *       registrationNumber, *-VAT → vatCode, US-EIN, MX-RFC → taxNumber, others → idNumber;
 *       notes = identifiers with their schemes, roles, details and other fields. Contact points
 *       (names, e-mails, phones of staff) are not recorded: they name people</td></tr>
 *   <tr><td>{@code tender}</td><td>{@code CallForTenders} ({@code ocds-tender:<ocid>})</td>
 *       <td>title, description (+ amendments), callId = tender id, authority = procuringEntity
 *       else buyer, onBehalfOf = buyer when it differs, tenderers, startDate/endDate and
 *       submissionDeadline from tenderPeriod, clarificationDeadline = enquiryPeriod end,
 *       publicationDate = datePublished, procedure = procurementMethod (+ details),
 *       evaluationMechanism = awardCriteria (+ details), procurementType =
 *       mainProcurementCategory, cpvCode from items with scheme CPV; notes = the rest</td></tr>
 *   <tr><td>{@code awards}, one per supplier</td>
 *       <td>{@code ContractAward} ({@code ocds-award:<ocid>:<award id>:<supplier key>}, or {@code
 *       ocds-award:<ocid>:<award id>} without supplier)</td>
 *       <td>supplier, contract = the contracts whose awardID is the award's, callForTenders,
 *       amount/currency, date, startDate/endDate = contractPeriod, status, recordId = award id,
 *       description = title, description, amendments; cpvCode; summary = the rest</td></tr>
 *   <tr><td>{@code contracts}</td><td>{@code Contract} ({@code ocds-contract:<ocid>:<contract
 *       id>})</td>
 *       <td>title, description, amount/currency, authority = buyer, contractDate = dateSigned,
 *       status, project = the process, language (ISO 639-3); amendments as dated descriptions
 *       ({@code "Amendment <id> of <date>: <rationale> — <description>"}, their other fields in
 *       notes); notes = the rest (period, items, documents, milestones...)</td></tr>
 *   <tr><td>{@code contracts.implementation.transactions}</td>
 *       <td>{@code Payment} ({@code ocds-payment:<ocid>:<contract id>:<transaction id>})</td>
 *       <td>payer (payer, or 1.0 providerOrganization), beneficiary (payee, or 1.0
 *       receiverOrganization), amount/currency (value, or 1.0 amount), date, recordId,
 *       sourceUrl = uri, contract, project; summary = the rest</td></tr>
 * </table>
 *
 * <p>Nothing a release says is dropped silently: the fields a mapping does not use, whether OCDS
 * fields or fields of declared extensions, go into the entity's {@code notes} as compact JSON
 * ({@code summary} for {@code ContractAward} and {@code Payment}, whose schemata have no {@code
 * notes}), and a value that does not fit its FtM property (a date that is not ISO 8601, say) goes
 * there too, under {@code valuesNotFitForFtM}. Only contact points are left out; the file itself is
 * kept as evidence. Extensions are not fetched, so their merge rules are not applied.
 *
 * <h2>Encodings</h2>
 *
 * UTF-8 with or without a byte-order mark. A file that is not valid UTF-8 is read as ISO-8859-1,
 * with a warning ({@link org.vigilance.ingest.ocds.OcdsRecordReader#warnings()}) and a note on each
 * process entity, unless it holds bytes 0x80 to 0x9F, which ISO-8859-1 text does not (it is then
 * refused with a clear message). Strings that already hold U+FFFD are kept as they are.
 */
@NullMarked
package org.vigilance.ingest.ocds;

import org.jspecify.annotations.NullMarked;
