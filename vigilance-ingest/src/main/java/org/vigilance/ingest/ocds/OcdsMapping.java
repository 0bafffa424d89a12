package org.vigilance.ingest.ocds;

import static org.vigilance.ingest.ocds.OcdsValues.leftovers;
import static org.vigilance.ingest.ocds.OcdsValues.list;
import static org.vigilance.ingest.ocds.OcdsValues.text;
import static org.vigilance.ingest.ocds.OcdsValues.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Schema;
import org.vigilance.ingest.ocds.OcdsDocument.Meta;

/**
 * Turns one release, or one compiled release, into FollowTheMoney entity drafts. The mapping is
 * described in the package documentation. Every value is checked against the type of its property
 * in the model before it is added; a value that does not fit (a date that is not ISO 8601, say) is
 * kept in the notes instead, so that every draft passes the model's check. Thread-safe: holds the
 * immutable model only.
 */
final class OcdsMapping {
  private static final Pattern OCID_PREFIX =
      Pattern.compile("^(ocds-[a-z0-9]+)-", Pattern.CASE_INSENSITIVE);

  /** The roles of a public body in OCDS: the party whose money it is, and the one that buys. */
  private static final Set<String> PUBLIC_ROLES = Set.of("buyer", "procuringEntity");

  /**
   * org-id.guide schemes of company registers: a supplier identified in one is a {@code Company}.
   * Deliberately short: a scheme not listed leaves the party a {@code LegalEntity}, which the
   * resolver can still merge with a {@code Company}.
   */
  static final Set<String> COMPANY_REGISTERS =
      Set.of(
          "GB-COH",
          "IE-CRO",
          "FR-RCS",
          "DE-CR",
          "NL-KVK",
          "BE-BCE_KBO",
          "NO-BRC",
          "SE-BLV",
          "FI-PRO",
          "CH-FDJP",
          "ZA-CIP",
          "IN-MCA",
          "SG-ACRA");

  /** org-id.guide schemes of tax numbers. */
  private static final Set<String> TAX_SCHEMES = Set.of("US-EIN", "MX-RFC");

  private static final String[] AMENDMENT_FIELDS = {
    "amendments.id",
    "amendments.date",
    "amendments.rationale",
    "amendments.description",
    "amendment.id",
    "amendment.date",
    "amendment.rationale",
    "amendment.description"
  };

  private final Model model;

  OcdsMapping(Model model) {
    this.model = model;
  }

  /**
   * Where a release comes from.
   *
   * @param ocid its ocid
   * @param meta its package
   * @param note a note on how the file was read, added to the process entity, or null
   */
  record Context(String ocid, Meta meta, @Nullable String note) {}

  /** The entities a release (or compiled release) describes, parties first. */
  List<EntityDraft> map(JsonNode release, Context context) {
    return new Run(release, context).drafts();
  }

  /** The namespace of identifier-based party ids: the ocid prefix, else the publisher's name. */
  static String namespace(String ocid, Meta meta) {
    Matcher prefix = OCID_PREFIX.matcher(ocid);
    if (prefix.find()) {
      return prefix.group(1).toLowerCase(Locale.ROOT);
    }
    String publisher = meta.publisher();
    return publisher != null ? publisher : ocid;
  }

  /** The FtM property for an identifier of a scheme. */
  static String identifierProperty(@Nullable String scheme) {
    if (scheme == null) {
      return "idNumber";
    }
    String upper = scheme.strip().toUpperCase(Locale.ROOT);
    if (upper.equals("XI-LEI")) {
      return "leiCode";
    }
    if (COMPANY_REGISTERS.contains(upper)) {
      return "registrationNumber";
    }
    if (upper.endsWith("-VAT")) {
      return "vatCode";
    }
    if (TAX_SCHEMES.contains(upper) || upper.startsWith("REGISTRO FEDERAL DE CONTRIBUYENTES")) {
      return "taxNumber";
    }
    return "idNumber";
  }

  /** The mapping of one release. */
  private final class Run {
    private final JsonNode release;
    private final Context context;
    private final String ocid;
    private final String namespace;
    private final EntityId process;
    private final Map<String, Party> byPartyId = new LinkedHashMap<>();
    private final Map<EntityId, Party> parties = new LinkedHashMap<>();
    private final List<EntityDraft> drafts = new ArrayList<>();

    Run(JsonNode release, Context context) {
      this.release = release;
      this.context = context;
      this.ocid = context.ocid();
      this.namespace = namespace(ocid, context.meta());
      this.process = OcdsValues.id("ocds", ocid);
    }

    List<EntityDraft> drafts() {
      for (JsonNode party : list(release.get("parties"))) {
        if (party.isObject()) {
          declare((ObjectNode) party);
        }
      }
      EntityId buyer = refer(release.get("buyer"), "buyer");
      drafts.add(process());
      JsonNode tender = release.get("tender");
      EntityId callForTenders = null;
      if (tender != null && tender.isObject()) {
        callForTenders = OcdsValues.id("ocds-tender", ocid);
        drafts.add(callForTenders(tender, callForTenders, buyer));
      }
      Map<String, List<EntityId>> contractsByAward = new LinkedHashMap<>();
      List<JsonNode> contracts = list(release.get("contracts"));
      int index = 0;
      for (JsonNode contract : contracts) {
        index++;
        if (contract.isObject()) {
          String contractId = elementId(contract, index);
          EntityId id = OcdsValues.id("ocds-contract", ocid, contractId);
          String awardId = text(contract.get("awardID"));
          if (awardId != null) {
            contractsByAward.computeIfAbsent(awardId, ignored -> new ArrayList<>()).add(id);
          }
          drafts.add(contract(contract, id, buyer));
          payments(contract, contractId, id);
        }
      }
      index = 0;
      for (JsonNode award : list(release.get("awards"))) {
        index++;
        if (award.isObject()) {
          awards(award, elementId(award, index), callForTenders, contractsByAward);
        }
      }
      List<EntityDraft> all = new ArrayList<>(parties.size() + drafts.size());
      for (Party party : parties.values()) {
        all.add(party.draft());
      }
      all.addAll(drafts);
      return all;
    }

    private String elementId(JsonNode element, int index) {
      String id = text(element.get("id"));
      return id != null ? id : "#" + index;
    }

    private EntityDraft process() {
      JsonNode planning = release.path("planning");
      JsonNode budget = planning.path("budget");
      Draft draft = new Draft("Project", process);
      draft.add("name", ocid);
      draft.add("projectId", ocid);
      draft.add("publisher", context.meta().publisher());
      draft.add("publisherUrl", context.meta().publisherUri());
      draft.add("sourceUrl", context.meta().uri());
      draft.add("modifiedAt", text(release.get("date")));
      draft.addAll("description", texts(planning, "rationale"));
      draft.addAll("description", texts(budget, "description"));
      value(draft, budget.get("amount"));
      draft.note(
          leftovers(
              release,
              "ocid",
              "id",
              "date",
              "parties",
              "buyer",
              "tender",
              "awards",
              "contracts",
              "planning.rationale",
              "planning.budget.description",
              "planning.budget.amount.amount",
              "planning.budget.amount.currency"));
      draft.note(context.note());
      return draft.build();
    }

    private EntityDraft callForTenders(JsonNode tender, EntityId id, @Nullable EntityId buyer) {
      EntityId procuringEntity = refer(tender.get("procuringEntity"), "procuringEntity");
      Set<EntityId> tenderers = new LinkedHashSet<>();
      for (JsonNode tenderer : list(tender.get("tenderers"))) {
        EntityId party = refer(tenderer, "tenderer");
        if (party != null) {
          tenderers.add(party);
        }
      }
      for (Party party : parties.values()) {
        if (party.roles.contains("tenderer")) {
          tenderers.add(party.id);
        }
      }
      Draft draft = new Draft("CallForTenders", id);
      draft.addAll("title", texts(tender, "title"));
      draft.addAll("description", texts(tender, "description"));
      draft.addAll("description", amendments(tender));
      draft.add("callId", text(tender.get("id")));
      draft.add("authority", procuringEntity != null ? procuringEntity : buyer);
      if (procuringEntity != null && buyer != null && !buyer.equals(procuringEntity)) {
        draft.add("onBehalfOf", buyer);
      }
      for (EntityId tenderer : tenderers) {
        draft.add("tenderers", tenderer);
      }
      JsonNode tenderPeriod = tender.path("tenderPeriod");
      draft.add("startDate", text(tenderPeriod.get("startDate")));
      draft.add("endDate", text(tenderPeriod.get("endDate")));
      draft.add("submissionDeadline", text(tenderPeriod.get("endDate")));
      draft.add("clarificationDeadline", text(tender.path("enquiryPeriod").get("endDate")));
      draft.add("publicationDate", text(tender.get("datePublished")));
      draft.addAll("procedure", texts(tender, "procurementMethod"));
      draft.addAll("procedure", texts(tender, "procurementMethodDetails"));
      draft.addAll("evaluationMechanism", texts(tender, "awardCriteria"));
      draft.addAll("evaluationMechanism", texts(tender, "awardCriteriaDetails"));
      draft.addAll("procurementType", texts(tender, "mainProcurementCategory"));
      draft.addAll("cpvCode", cpvCodes(tender.get("items")));
      draft.note(
          leftovers(
              tender,
              concat(
                  AMENDMENT_FIELDS,
                  "id",
                  "title",
                  "description",
                  "procuringEntity",
                  "tenderers",
                  "tenderPeriod.startDate",
                  "tenderPeriod.endDate",
                  "enquiryPeriod.endDate",
                  "datePublished",
                  "procurementMethod",
                  "procurementMethodDetails",
                  "awardCriteria",
                  "awardCriteriaDetails",
                  "mainProcurementCategory")));
      return draft.build();
    }

    private void awards(
        JsonNode award,
        String awardId,
        @Nullable EntityId callForTenders,
        Map<String, List<EntityId>> contractsByAward) {
      List<EntityId> suppliers = new ArrayList<>();
      for (JsonNode supplier : list(award.get("suppliers"))) {
        EntityId party = refer(supplier, "supplier");
        if (party != null && !suppliers.contains(party)) {
          suppliers.add(party);
        }
      }
      String leftovers =
          leftovers(
              award,
              concat(
                  AMENDMENT_FIELDS,
                  "id",
                  "title",
                  "description",
                  "status",
                  "date",
                  "value.amount",
                  "value.currency",
                  "suppliers",
                  "contractPeriod.startDate",
                  "contractPeriod.endDate"));
      List<EntityId> contracts = contractsByAward.getOrDefault(awardId, List.of());
      if (suppliers.isEmpty()) {
        drafts.add(
            award(
                award,
                OcdsValues.id("ocds-award", ocid, awardId),
                null,
                contracts,
                callForTenders,
                leftovers));
      }
      for (EntityId supplier : suppliers) {
        String supplierKey = supplier.value().substring(supplier.value().indexOf(':') + 1);
        EntityId id = OcdsValues.id("ocds-award", ocid, awardId, supplierKey);
        drafts.add(award(award, id, supplier, contracts, callForTenders, leftovers));
      }
    }

    private EntityDraft award(
        JsonNode award,
        EntityId id,
        @Nullable EntityId supplier,
        List<EntityId> contracts,
        @Nullable EntityId callForTenders,
        @Nullable String leftovers) {
      Draft draft = new Draft("ContractAward", id);
      draft.add("supplier", supplier);
      for (EntityId contract : contracts) {
        draft.add("contract", contract);
      }
      draft.add("callForTenders", callForTenders);
      value(draft, award.get("value"));
      draft.add("date", text(award.get("date")));
      JsonNode period = award.path("contractPeriod");
      draft.add("startDate", text(period.get("startDate")));
      draft.add("endDate", text(period.get("endDate")));
      draft.add("status", text(award.get("status")));
      draft.add("recordId", text(award.get("id")));
      draft.addAll("description", texts(award, "title"));
      draft.addAll("description", texts(award, "description"));
      draft.addAll("description", amendments(award));
      draft.addAll("cpvCode", cpvCodes(award.get("items")));
      draft.note(leftovers);
      return draft.build();
    }

    private EntityDraft contract(JsonNode contract, EntityId id, @Nullable EntityId buyer) {
      Draft draft = new Draft("Contract", id);
      draft.addAll("title", texts(contract, "title"));
      draft.addAll("description", texts(contract, "description"));
      draft.addAll("description", amendments(contract));
      value(draft, contract.get("value"));
      draft.add("authority", buyer);
      draft.add("contractDate", text(contract.get("dateSigned")));
      draft.add("status", text(contract.get("status")));
      draft.add("project", process);
      String language = CountryNames.language(text(release.get("language")));
      if (language != null && model.vocabulary(PropertyType.LANGUAGE).contains(language)) {
        draft.add("language", language);
      }
      draft.note(
          leftovers(
              contract,
              concat(
                  AMENDMENT_FIELDS,
                  "id",
                  "awardID",
                  "title",
                  "description",
                  "status",
                  "value.amount",
                  "value.currency",
                  "dateSigned",
                  "implementation.transactions")));
      return draft.build();
    }

    private void payments(JsonNode contract, String contractId, EntityId contractEntity) {
      int index = 0;
      for (JsonNode transaction : list(contract.path("implementation").get("transactions"))) {
        index++;
        if (!transaction.isObject()) {
          continue;
        }
        EntityId id =
            OcdsValues.id("ocds-payment", ocid, contractId, elementId(transaction, index));
        EntityId payer = refer(transaction.get("payer"), "payer");
        if (payer == null) {
          payer = referIdentifier(transaction.get("providerOrganization"), "payer");
        }
        EntityId payee = refer(transaction.get("payee"), "payee");
        if (payee == null) {
          payee = referIdentifier(transaction.get("receiverOrganization"), "payee");
        }
        Draft draft = new Draft("Payment", id);
        draft.add("payer", payer);
        draft.add("beneficiary", payee);
        JsonNode value = transaction.get("value");
        value(draft, value != null ? value : transaction.get("amount"));
        draft.add("date", text(transaction.get("date")));
        draft.add("recordId", text(transaction.get("id")));
        draft.add("sourceUrl", text(transaction.get("uri")));
        draft.add("contract", contractEntity);
        draft.add("project", process);
        draft.note(
            leftovers(
                transaction,
                "id",
                "date",
                "value.amount",
                "value.currency",
                "amount.amount",
                "amount.currency",
                "payer",
                "payee",
                "providerOrganization",
                "receiverOrganization",
                "uri"));
        drafts.add(draft.build());
      }
    }

    private void value(Draft draft, @Nullable JsonNode value) {
      if (value != null && value.isObject()) {
        draft.add("amount", text(value.get("amount")));
        draft.add("currency", text(value.get("currency")));
      }
    }

    /** Registers an entry of {@code parties}. */
    private void declare(ObjectNode organisation) {
      EntityId id = partyEntityId(organisation);
      if (id == null) {
        return;
      }
      Party party = parties.computeIfAbsent(id, Party::new);
      party.absorb(organisation);
      String partyId = text(organisation.get("id"));
      if (partyId != null) {
        byPartyId.putIfAbsent(partyId, party);
      }
    }

    /**
     * The party an organisation reference names, with the role its place implies: an entry of
     * {@code parties} when the reference's {@code id} is one (OCDS 1.1), else the reference itself
     * as an organisation (OCDS 1.0 put whole organisations there).
     */
    private @Nullable EntityId refer(@Nullable JsonNode reference, String role) {
      if (reference == null || !reference.isObject()) {
        return null;
      }
      String partyId = text(reference.get("id"));
      Party party = partyId == null ? null : byPartyId.get(partyId);
      if (party != null) {
        for (String name : texts(reference, "name")) {
          party.referredAs(name);
        }
      } else {
        EntityId id = partyEntityId(reference);
        if (id == null) {
          return null;
        }
        party = parties.computeIfAbsent(id, Party::new);
        party.absorb((ObjectNode) reference);
        if (partyId != null) {
          byPartyId.putIfAbsent(partyId, party);
        }
      }
      party.roles.add(role);
      return party.id;
    }

    /** The party an identifier names (OCDS 1.0 transactions), with its role. */
    private @Nullable EntityId referIdentifier(@Nullable JsonNode identifier, String role) {
      if (identifier == null || !identifier.isObject()) {
        return null;
      }
      ObjectNode organisation = OcdsDocument.NODES.objectNode();
      organisation.set("identifier", identifier);
      String legalName = text(identifier.get("legalName"));
      if (legalName != null) {
        organisation.put("name", legalName);
      }
      return refer(organisation, role);
    }

    /**
     * The id of a party: {@code ocds-party:<namespace>:<scheme>-<id>} when it has an identifier
     * ({@code noscheme-<id>} when the scheme is missing), else {@code ocds-party:<ocid>:<party
     * id>}, else {@code ocds-party:<ocid>:name:<name>}; null when it has none of them.
     */
    private @Nullable EntityId partyEntityId(JsonNode organisation) {
      JsonNode identifier = organisation.path("identifier");
      String scheme = text(identifier.get("scheme"));
      String number = text(identifier.get("id"));
      if (number != null) {
        return OcdsValues.id(
            "ocds-party", namespace, (scheme != null ? scheme : "noscheme") + "-" + number);
      }
      String partyId = text(organisation.get("id"));
      if (partyId != null) {
        return OcdsValues.id("ocds-party", ocid, partyId);
      }
      String name = text(organisation.get("name"));
      if (name == null) {
        name = text(identifier.get("legalName"));
      }
      return name != null ? OcdsValues.id("ocds-party", ocid, "name", name) : null;
    }
  }

  /** What one release says of one party, from every place that names it. */
  private final class Party {
    private final EntityId id;
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> schemes = new LinkedHashSet<>();
    private final Map<String, Set<String>> identifiers = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    Party(EntityId id) {
      this.id = id;
    }

    void absorb(ObjectNode organisation) {
      names.addAll(texts(organisation, "name"));
      absorbIdentifier(organisation.get("identifier"));
      for (JsonNode identifier : list(organisation.get("additionalIdentifiers"))) {
        absorbIdentifier(identifier);
      }
      JsonNode address = organisation.get("address");
      if (address != null && address.isObject()) {
        List<String> parts = new ArrayList<>();
        for (String field :
            List.of("streetAddress", "locality", "region", "postalCode", "countryName")) {
          String part = text(address.get(field));
          if (part != null) {
            parts.add(part);
          }
        }
        if (!parts.isEmpty()) {
          addresses.add(String.join(", ", parts));
        }
        String country = CountryNames.code(text(address.get("countryName")));
        if (country != null && model.vocabulary(PropertyType.COUNTRY).contains(country)) {
          countries.add(country);
        }
      }
      for (JsonNode role : list(organisation.get("roles"))) {
        String text = text(role);
        if (text != null) {
          roles.add(text);
        }
      }
      String leftovers = leftovers(organisation, "id", "name", "address");
      if (leftovers != null) {
        notes.add(leftovers);
      }
    }

    private void absorbIdentifier(@Nullable JsonNode identifier) {
      if (identifier == null || !identifier.isObject()) {
        return;
      }
      String scheme = text(identifier.get("scheme"));
      String number = text(identifier.get("id"));
      if (scheme != null) {
        schemes.add(scheme.strip().toUpperCase(Locale.ROOT));
      }
      if (number != null) {
        identifiers
            .computeIfAbsent(identifierProperty(scheme), ignored -> new LinkedHashSet<>())
            .add(number);
      }
      aliases.addAll(texts(identifier, "legalName"));
    }

    /** A name a reference gives the party (OCDS 1.1 references repeat the party's name). */
    void referredAs(String name) {
      if (names.isEmpty()) {
        names.add(name);
      } else if (!names.contains(name)) {
        aliases.add(name);
      }
    }

    EntityDraft draft() {
      String schema;
      if (roles.stream().anyMatch(PUBLIC_ROLES::contains)) {
        schema = "PublicBody";
      } else if (schemes.stream().anyMatch(COMPANY_REGISTERS::contains)) {
        schema = "Company";
      } else {
        schema = "LegalEntity";
      }
      Draft draft = new Draft(schema, id);
      Set<String> allNames = names.isEmpty() ? aliases : names;
      draft.addAll("name", allNames);
      for (String alias : aliases) {
        if (!allNames.contains(alias)) {
          draft.add("alias", alias);
        }
      }
      draft.addAll("address", addresses);
      draft.addAll("country", countries);
      identifiers.forEach(draft::addAll);
      for (String note : notes) {
        draft.note(note);
      }
      return draft.build();
    }
  }

  /**
   * An entity draft being built: values are checked against their property's type; those that do
   * not fit go to the notes, with their property.
   */
  private final class Draft {
    private final Schema schema;
    private final EntityId id;
    private final String notesProperty;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> misfits = new LinkedHashMap<>();

    Draft(String schemaName, EntityId id) {
      this.schema = model.require(schemaName);
      this.id = id;
      this.notesProperty = schema.properties().containsKey("notes") ? "notes" : "summary";
    }

    void add(String property, @Nullable String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      Property definition = schema.properties().get(property);
      if (definition == null) {
        throw new IllegalStateException("schema " + schema.name() + " has no property " + property);
      }
      String problem = definition.type().problem(value, model.vocabulary(definition.type()));
      List<String> target =
          (problem == null ? values : misfits)
              .computeIfAbsent(property, ignored -> new ArrayList<>());
      if (!target.contains(value)) {
        target.add(value);
      }
    }

    void add(String property, @Nullable EntityId entity) {
      if (entity != null) {
        add(property, entity.value());
      }
    }

    void addAll(String property, Collection<String> texts) {
      for (String text : texts) {
        add(property, text);
      }
    }

    /** Adds a note: compact JSON of what no property holds, or a remark on the reading. */
    void note(@Nullable String note) {
      add(notesProperty, note);
    }

    EntityDraft build() {
      if (!misfits.isEmpty()) {
        ObjectNode unfit = OcdsDocument.NODES.objectNode();
        misfits.forEach(
            (property, texts) -> {
              var array = unfit.putArray(property);
              texts.forEach(array::add);
            });
        ObjectNode note = OcdsDocument.NODES.objectNode();
        note.set("valuesNotFitForFtM", unfit);
        add(notesProperty, OcdsValues.json(note));
      }
      return new EntityDraft(id, schema.name(), values);
    }
  }

  private static List<String> cpvCodes(@Nullable JsonNode items) {
    List<String> codes = new ArrayList<>();
    for (JsonNode item : list(items)) {
      List<JsonNode> classifications = new ArrayList<>(list(item.get("additionalClassifications")));
      classifications.add(0, item.path("classification"));
      for (JsonNode classification : classifications) {
        String scheme = text(classification.get("scheme"));
        String code = text(classification.get("id"));
        if (scheme != null
            && code != null
            && scheme.strip().equalsIgnoreCase("CPV")
            && !codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  /**
   * Amendments as dated descriptions: {@code "Amendment 2 of 2010-06-01: rationale — description"}
   * (OCDS 1.1 {@code amendments}, OCDS 1.0 {@code amendment}).
   */
  static List<String> amendments(JsonNode holder) {
    List<JsonNode> all = new ArrayList<>(list(holder.get("amendments")));
    all.addAll(list(holder.get("amendment")));
    List<String> texts = new ArrayList<>();
    for (JsonNode amendment : all) {
      if (!amendment.isObject()) {
        continue;
      }
      String id = text(amendment.get("id"));
      String date = text(amendment.get("date"));
      List<String> says = new ArrayList<>(texts(amendment, "rationale"));
      says.addAll(texts(amendment, "description"));
      if (id == null && date == null && says.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder("Amendment");
      if (id != null) {
        text.append(' ').append(id);
      }
      if (date != null) {
        text.append(" of ").append(date);
      }
      if (!says.isEmpty()) {
        text.append(": ").append(String.join(" — ", says));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
