package org.vigilance.ingest.usaspending;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.ingest.usaspending.ContractHeader.Layout;
import org.vigilance.ingest.usaspending.ContractRow.Problem;

/**
 * Turns one row of a contracts download into entity drafts (see the package documentation for the
 * mapping). Stateless apart from constant tables; thread-safe.
 */
final class ContractRowMapper {
  private static final String USD = "USD";
  private static final String UNITED_STATES = "us";
  private static final Map<String, String> ISO2_BY_ISO3 = iso2ByIso3();

  /** The drafts of one row, agencies first, each id once. */
  List<EntityDraft> map(ContractRow row, Layout layout) throws Problem {
    Drafts drafts = new Drafts();
    String awardKey = row.required("contract_award_unique_key");
    EntityId contractId = id("contract_award_unique_key", "usaspending-award:" + awardKey);
    boolean summary = layout == Layout.AWARD_SUMMARIES;

    String obligated = summary ? row.amount("total_obligated_amount") : null;
    String current = row.amount("current_total_value_of_award");
    String potential = row.amount("potential_total_value_of_award");
    String signed = summary ? row.date("award_base_action_date") : null;
    String start = row.date("period_of_performance_start_date");
    String end = row.date("period_of_performance_current_end_date");
    String potentialEnd = row.date("period_of_performance_potential_end_date");
    String modified = row.date("last_modified_date");
    String offers = row.count("number_of_offers_received");

    EntityId authority = agencies(row, AWARDING, drafts);
    EntityId funder = agencies(row, FUNDING, drafts);
    EntityId supplier = recipient(row, drafts);

    Props contract = new Props();
    contract.add("name", row.text("award_id_piid"));
    contract.add("title", row.text("prime_award_base_transaction_description"));
    contract.add("type", first(row.text("award_type"), row.text("idv_type")));
    contract.add("type", row.text("type_of_contract_pricing"));
    contract.add("method", row.text("extent_competed"));
    contract.add("procedure", row.text("solicitation_procedures"));
    contract.add("procedureNumber", row.text("solicitation_identifier"));
    contract.add(
        "classification",
        code(
            "PSC",
            row.text("product_or_service_code"),
            row.text("product_or_service_code_description")));
    contract.add(
        "classification", code("NAICS", row.text("naics_code"), row.text("naics_description")));
    contract.add("currency", USD);
    contract.add("authority", authority);
    contract.add("sourceUrl", row.text("usaspending_permalink"));
    contract.add("notes", parentAward(row));
    if (summary) {
      contract.add("amount", obligated);
      contract.add("amountUsd", obligated);
      contract.add("contractDate", signed);
      contract.add("modifiedAt", modified);
      contract.add("notes", labelled("Current total value of award (USD)", current));
      contract.add("notes", labelled("Potential total value of award (USD)", potential));
      contract.add("notes", labelled("Potential end of the period of performance", potentialEnd));
      contract.add("notes", labelled("Number of offers received", offers));
    }
    drafts.add(contractId, "Contract", contract);

    if (supplier != null) {
      Props award = new Props();
      award.add("supplier", supplier);
      award.add("contract", contractId);
      award.add("currency", USD);
      if (summary) {
        award.add("amount", obligated);
        award.add("amountUsd", obligated);
        award.add("startDate", start);
        award.add("endDate", end);
      }
      drafts.add(
          id("contract_award_unique_key", "usaspending-award:" + awardKey + ":supplier"),
          "ContractAward",
          award);
    }

    if (funder != null) {
      Props link = new Props();
      link.add("subject", funder);
      link.add("object", contractId);
      link.add("role", fundingRole(funder));
      drafts.add(
          id("contract_award_unique_key", contractId + ":funding:" + funder), "UnknownLink", link);
    }

    if (!summary) {
      String transactionKey = row.required("contract_transaction_unique_key");
      String obligation = row.amount("federal_action_obligation");
      Props transaction = new Props();
      transaction.add("contract", contractId);
      transaction.add("recordId", transactionKey);
      transaction.add("modificationNumber", row.text("modification_number"));
      transaction.add("transactionNumber", row.text("transaction_number"));
      transaction.add("actionType", first(row.text("action_type"), row.text("action_type_code")));
      transaction.add("date", row.date("action_date"));
      transaction.add("startDate", start);
      transaction.add("endDate", end);
      transaction.add("amount", obligation);
      transaction.add("amountUsd", obligation);
      transaction.add("currency", USD);
      transaction.add("obligation", obligation);
      transaction.add("totalObligation", row.amount("total_dollars_obligated"));
      transaction.add("currentValue", current);
      transaction.add("potentialValue", potential);
      transaction.add("description", row.text("transaction_description"));
      transaction.add("sourceUrl", row.text("usaspending_permalink"));
      transaction.add("modifiedAt", modified);
      drafts.add(
          id("contract_transaction_unique_key", "usaspending-transaction:" + transactionKey),
          "ContractTransaction",
          transaction);
    }
    return drafts.list();
  }

  /**
   * The awarding or funding agency, sub-agency and office with their memberships; returns the most
   * specific of them, or null when the row names none.
   */
  private static @Nullable EntityId agencies(ContractRow row, Side side, Drafts drafts)
      throws Problem {
    EntityId agency = body(row, side.agency(), drafts);
    EntityId subAgency = body(row, side.subAgency(), drafts);
    EntityId office = body(row, side.office(), drafts);
    EntityId officeParent = subAgency != null ? subAgency : agency;
    if (office != null && officeParent != null) {
      membership(side.office().codeColumn(), office, officeParent, drafts);
    }
    if (subAgency != null && agency != null) {
      membership(side.subAgency().codeColumn(), subAgency, agency, drafts);
    }
    return office != null ? office : officeParent;
  }

  /** The columns of an agency, sub-agency or office, and the prefix of its entity id. */
  private record Body(String codeColumn, String nameColumn, String idPrefix) {
    static Body of(String prefix, String idPrefix) {
      return new Body(prefix + "_code", prefix + "_name", idPrefix);
    }
  }

  /** The awarding or funding side of a row (column names made once, not on every row). */
  private record Side(Body agency, Body subAgency, Body office) {
    static Side of(String side) {
      return new Side(
          Body.of(side + "_agency", "usaspending-agency:"),
          Body.of(side + "_sub_agency", "usaspending-subagency:"),
          Body.of(side + "_office", "usaspending-office:"));
    }
  }

  private static final Side AWARDING = Side.of("awarding");
  private static final Side FUNDING = Side.of("funding");

  private static @Nullable EntityId body(ContractRow row, Body body, Drafts drafts) throws Problem {
    String code = row.text(body.codeColumn());
    if (code == null) {
      return null;
    }
    EntityId id = id(body.codeColumn(), body.idPrefix() + code);
    Props props = new Props();
    props.add("name", row.text(body.nameColumn()));
    props.add("country", UNITED_STATES);
    drafts.add(id, "PublicBody", props);
    return id;
  }

  private static void membership(
      String column, EntityId member, EntityId organization, Drafts drafts) throws Problem {
    Props props = new Props();
    props.add("member", member);
    props.add("organization", organization);
    drafts.add(id(column, "membership:" + member + ":" + organization), "Membership", props);
  }

  private static String fundingRole(EntityId funder) {
    String id = funder.value();
    if (id.startsWith("usaspending-office:")) {
      return "funding office";
    }
    return id.startsWith("usaspending-subagency:") ? "funding sub-agency" : "funding agency";
  }

  /** The recipient (and its parent, with the ownership), or null when the row names none. */
  private static @Nullable EntityId recipient(ContractRow row, Drafts drafts) throws Problem {
    Party recipient =
        Party.of(
            row.text("recipient_uei"),
            row.text("recipient_duns"),
            first(row.text("recipient_name"), row.text("recipient_name_raw")));
    if (recipient == null) {
      return null;
    }
    EntityId recipientId = id("recipient_uei", recipient.id());
    Props company = new Props();
    company.add("name", recipient.name());
    company.add("alias", other(row.text("recipient_name_raw"), recipient.name()));
    company.add("alias", other(row.text("recipient_doing_business_as_name"), recipient.name()));
    company.add("uniqueEntityId", recipient.uei());
    company.add("dunsCode", recipient.duns());
    company.add("cageCode", row.text("cage_code"));
    company.add("country", country(row.text("recipient_country_code")));
    if (!row.flag("sole_proprietorship")) {
      company.add("address", address(row));
    }
    drafts.add(recipientId, "Company", company);

    Party parent =
        Party.of(
            row.text("recipient_parent_uei"),
            row.text("recipient_parent_duns"),
            first(row.text("recipient_parent_name"), row.text("recipient_parent_name_raw")));
    if (parent != null && !parent.sameAs(recipient)) {
      EntityId parentId = id("recipient_parent_uei", parent.id());
      Props parentCompany = new Props();
      parentCompany.add("name", parent.name());
      parentCompany.add("alias", other(row.text("recipient_parent_name_raw"), parent.name()));
      parentCompany.add("uniqueEntityId", parent.uei());
      parentCompany.add("dunsCode", parent.duns());
      drafts.add(parentId, "Company", parentCompany);
      Props ownership = new Props();
      ownership.add("owner", parentId);
      ownership.add("asset", recipientId);
      ownership.add("ownershipType", "ultimate parent");
      drafts.add(
          id("recipient_parent_uei", "ownership:" + parentId + ":" + recipientId),
          "Ownership",
          ownership);
    }
    return recipientId;
  }

  /** One address from the recipient's address columns: lines, city, state and ZIP, country. */
  private static @Nullable String address(ContractRow row) {
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, row.text("recipient_address_line_1"));
    addIfPresent(parts, row.text("recipient_address_line_2"));
    addIfPresent(parts, row.text("recipient_city_name"));
    String state = row.text("recipient_state_code");
    String zip = row.text("recipient_zip_4_code");
    if (state != null || zip != null) {
      parts.add(
          (state != null ? state : "")
              + (state != null && zip != null ? " " : "")
              + (zip != null ? zip : ""));
    }
    if (parts.isEmpty()) {
      return null;
    }
    addIfPresent(parts, row.text("recipient_country_name"));
    return String.join(", ", parts);
  }

  private static void addIfPresent(List<String> parts, @Nullable String value) {
    if (value != null) {
      parts.add(value);
    }
  }

  /** FtM's country code (ISO 3166-1 alpha-2, lower case) for USAspending's alpha-3 code. */
  static @Nullable String country(@Nullable String iso3) {
    if (iso3 == null) {
      return null;
    }
    return ISO2_BY_ISO3.get(iso3.toUpperCase(Locale.ROOT));
  }

  private static Map<String, String> iso2ByIso3() {
    Map<String, String> map = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      map.put(Locale.of("", iso2).getISO3Country(), iso2.toLowerCase(Locale.ROOT));
    }
    map.put("XKS", "xk"); // Kosovo: USAspending's code; ISO 3166 has none
    return Map.copyOf(map);
  }

  private static @Nullable String parentAward(ContractRow row) {
    String parent = row.text("parent_award_id_piid");
    if (parent == null) {
      return null;
    }
    String agency = first(row.text("parent_award_agency_name"), row.text("parent_award_agency_id"));
    return "Parent award (IDV) PIID: " + parent + (agency != null ? ", agency: " + agency : "");
  }

  private static @Nullable String code(
      String scheme, @Nullable String code, @Nullable String description) {
    if (code == null) {
      return null;
    }
    return scheme + " " + code + (description != null ? ": " + description : "");
  }

  private static @Nullable String labelled(String label, @Nullable String value) {
    return value == null ? null : label + ": " + value;
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  /** The value when it differs from {@code known} (ignoring case), else null. */
  private static @Nullable String other(@Nullable String value, @Nullable String known) {
    return value == null || value.equalsIgnoreCase(Objects.requireNonNullElse(known, ""))
        ? null
        : value;
  }

  private static EntityId id(String column, String value) throws Problem {
    try {
      return EntityId.of(value); // checks the id once
    } catch (IllegalArgumentException e) {
      throw new Problem(column, "cannot make an entity id of '" + value + "': " + e.getMessage());
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /**
   * A recipient or parent as the row names it: by UEI, else DUNS, else name.
   *
   * @param uei the Unique Entity ID from SAM
   * @param duns the DUNS number (before April 2022)
   * @param name the name
   */
  private record Party(@Nullable String uei, @Nullable String duns, @Nullable String name) {

    static @Nullable Party of(@Nullable String uei, @Nullable String duns, @Nullable String name) {
      return uei == null && duns == null && name == null ? null : new Party(uei, duns, name);
    }

    String id() {
      if (uei != null) {
        return "uei:" + uei;
      }
      if (duns != null) {
        return "duns:" + duns;
      }
      return "usaspending-recipient:"
          + sha256(Objects.requireNonNull(name).toUpperCase(Locale.ROOT)).substring(0, 16);
    }

    /** Whether both name the same entity, compared by the strongest identifier both have. */
    boolean sameAs(Party other) {
      if (uei != null && other.uei != null) {
        return uei.equalsIgnoreCase(other.uei);
      }
      if (duns != null && other.duns != null) {
        return duns.equals(other.duns);
      }
      if (name != null && other.name != null) {
        return name.equalsIgnoreCase(other.name);
      }
      return id().equals(other.id());
    }
  }

  /** Property values of one draft, in order, without nulls. */
  private static final class Props {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    void add(String property, @Nullable String value) {
      if (value != null && !value.isEmpty()) {
        List<String> list = values.computeIfAbsent(property, name -> new ArrayList<>(2));
        if (!list.contains(value)) {
          list.add(value);
        }
      }
    }

    void add(String property, @Nullable EntityId value) {
      if (value != null) {
        add(property, value.value());
      }
    }
  }

  /** The drafts of a row, each id once (the awarding and funding agency are often the same). */
  private static final class Drafts {
    private final Map<EntityId, EntityDraft> byId = new LinkedHashMap<>();
    private final List<EntityDraft> list = new ArrayList<>();

    void add(EntityId id, String schema, Props props) {
      EntityDraft draft = new EntityDraft(id, schema, props.values);
      EntityDraft previous = byId.putIfAbsent(id, draft);
      if (previous == null || !previous.equals(draft)) {
        list.add(draft);
      }
    }

    List<EntityDraft> list() {
      return list;
    }
  }
}
