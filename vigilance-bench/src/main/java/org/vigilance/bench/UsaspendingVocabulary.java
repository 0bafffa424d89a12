package org.vigilance.bench;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values {@link UsaspendingGenerator} draws from, learned from real USAspending rows (see the
 * README beside the column list): agencies and sub-agencies with their real codes, real office
 * codes, PSC and NAICS pairs, the coded columns with their descriptions and how often each is
 * filled, the business-type flags and how often each is true, places with their real county and
 * state FIPS codes, ZIP prefixes and districts. Company names are made of common words, not taken
 * from real companies. Immutable.
 */
final class UsaspendingVocabulary {
  private UsaspendingVocabulary() {}

  /**
   * A coded column filled in {@code percent} of the awards.
   *
   * @param codeColumn the column of the code (or of the value, for columns without a description)
   * @param labelColumn the column of its description, when there is one
   * @param percent how often it is filled
   * @param choices {@code code|description|weight}
   */
  record Spec(String codeColumn, @Nullable String labelColumn, int percent, List<String> choices) {}

  /** A place: a US city with county, state, ZIP prefix and district, or a foreign city. */
  record Place(
      String city,
      String county,
      String countyFips,
      String state,
      String stateName,
      String stateFips,
      String zip3,
      String district,
      String countryCode,
      String countryName) {}

  /** A PSC and NAICS pair with what such contracts buy. */
  record Commodity(
      String psc,
      String pscDescription,
      String naics,
      String naicsDescription,
      List<String> subjects) {}

  private static Spec spec(String code, @Nullable String label, int percent, String... choices) {
    return new Spec(code, label, percent, List.of(choices));
  }

  private static Place us(
      String city,
      String county,
      String countyFips,
      String state,
      String stateName,
      String zip3,
      String district) {
    return new Place(
        city,
        county,
        countyFips,
        state,
        stateName,
        countyFips.substring(0, 2),
        zip3,
        district,
        "USA",
        "UNITED STATES");
  }

  private static Place abroad(String city, String countryCode, String countryName) {
    return new Place(city, "", "", "", "", "", "", "", countryCode, countryName);
  }

  private static Commodity commodity(
      String psc,
      String pscDescription,
      String naics,
      String naicsDescription,
      String... subjects) {
    return new Commodity(psc, pscDescription, naics, naicsDescription, List.of(subjects));
  }

  /** Agencies: code, name, acronym, then sub-agency code, name and office code prefix triples. */
  static final List<List<String>> AGENCIES =
      List.of(
          List.of(
              "070",
              "Department of Homeland Security",
              "DHS",
              "7012",
              "U.S. Immigration and Customs Enforcement",
              "70C",
              "7014",
              "U.S. Customs and Border Protection",
              "70B",
              "7013",
              "Transportation Security Administration",
              "70T",
              "7022",
              "Federal Emergency Management Agency",
              "70F",
              "7055",
              "Office of the Chief Procurement Officer",
              "70Q"),
          List.of(
              "015",
              "Department of Justice",
              "DOJ",
              "1540",
              "Federal Prison System / Bureau of Prisons",
              "15B",
              "1549",
              "Federal Bureau of Investigation",
              "15F",
              "1524",
              "Drug Enforcement Administration",
              "15D",
              "1544",
              "U.S. Marshals Service",
              "15M",
              "1501",
              "Offices, Boards and Divisions",
              "15J"),
          List.of(
              "097",
              "Department of Defense",
              "DOD",
              "2100",
              "Department of the Army",
              "W9",
              "1700",
              "Department of the Navy",
              "N00",
              "5700",
              "Department of the Air Force",
              "FA",
              "97AS",
              "Defense Logistics Agency",
              "SP"),
          List.of("019", "Department of State", "DOS", "1900", "Department of State", "19A"),
          List.of(
              "047",
              "General Services Administration",
              "GSA",
              "4732",
              "Federal Acquisition Service",
              "47Q",
              "4740",
              "Public Buildings Service",
              "47P"),
          List.of(
              "036",
              "Department of Veterans Affairs",
              "VA",
              "3600",
              "Veterans Affairs, Department of",
              "36C"),
          List.of(
              "075",
              "Department of Health and Human Services",
              "HHS",
              "7529",
              "National Institutes of Health",
              "75N",
              "7523",
              "Centers for Disease Control and Prevention",
              "75D"),
          List.of(
              "020",
              "Department of the Treasury",
              "TREAS",
              "2050",
              "Internal Revenue Service",
              "20"),
          List.of(
              "069",
              "Department of Transportation",
              "DOT",
              "6920",
              "Federal Aviation Administration",
              "697"));

  /** How often each agency awards, in the order of {@link #AGENCIES}. */
  static final List<Integer> AGENCY_WEIGHTS = List.of(30, 15, 30, 5, 7, 5, 5, 2, 1);

  /** Offices seen in real rows: sub-agency code, office code, office name. */
  static final List<List<String>> KNOWN_OFFICES =
      List.of(
          List.of("7012", "70CMSW", "MISSION SUPPORT WASHINGTON"),
          List.of("7012", "70CMSD", "INVESTIGATIONS AND OPERATIONS SUPPORT DALLAS"),
          List.of("7012", "70CDCR", "DETENTION COMPLIANCE AND REMOVALS"),
          List.of("7012", "70CTD0", "INFORMATION TECHNOLOGY DIVISION"),
          List.of("7012", "70CDLG", "DETENTION MANAGEMENT LAGUNA"),
          List.of("7012", "70CMSR", "MISSION SUPPORT ORLANDO"),
          List.of("7012", "70C0TD", "OFFICE OF TRAINING AND DEVELOPMENT"),
          List.of("7012", "70CFSP", "ENFORCEMENT AND REMOVAL OPERATIONS SAINT PAUL"),
          List.of("1540", "15BPCC", "PRIVATIZATION - CO"),
          List.of("1540", "15BRRC", "RESIDENTIAL REENTRY - CO"));

  /** Names of offices that are not named after a city. */
  static final List<String> DIVISIONS =
      List.of(
          "OFFICE OF ACQUISITION MANAGEMENT",
          "INFORMATION TECHNOLOGY SERVICES",
          "STRATEGIC SOURCING",
          "DETENTION MANAGEMENT - DC OFFICE",
          "OFFICE OF TRAINING TACTICAL PROGRAMS",
          "FIELD OPERATIONS SUPPORT",
          "HEADQUARTERS PROCUREMENT DIVISION");

  static final List<Place> PLACES =
      List.of(
          us("MINNEAPOLIS", "HENNEPIN", "27053", "MN", "MINNESOTA", "554", "MN-05"),
          us("SAINT PAUL", "RAMSEY", "27123", "MN", "MINNESOTA", "551", "MN-04"),
          us("ANOKA", "ANOKA", "27003", "MN", "MINNESOTA", "553", "MN-06"),
          us(
              "WASHINGTON",
              "DISTRICT OF COLUMBIA",
              "11001",
              "DC",
              "DISTRICT OF COLUMBIA",
              "200",
              "DC-98"),
          us("ARLINGTON", "ARLINGTON", "51013", "VA", "VIRGINIA", "222", "VA-08"),
          us("RESTON", "FAIRFAX", "51059", "VA", "VIRGINIA", "201", "VA-11"),
          us("HERNDON", "FAIRFAX", "51059", "VA", "VIRGINIA", "201", "VA-11"),
          us("DALLAS", "DALLAS", "48113", "TX", "TEXAS", "752", "TX-30"),
          us("HOUSTON", "HARRIS", "48201", "TX", "TEXAS", "770", "TX-18"),
          us("SAN ANTONIO", "BEXAR", "48029", "TX", "TEXAS", "782", "TX-20"),
          us("EL PASO", "EL PASO", "48141", "TX", "TEXAS", "799", "TX-16"),
          us("LAREDO", "WEBB", "48479", "TX", "TEXAS", "780", "TX-28"),
          us("SAN DIEGO", "SAN DIEGO", "06073", "CA", "CALIFORNIA", "921", "CA-50"),
          us("LOS ANGELES", "LOS ANGELES", "06037", "CA", "CALIFORNIA", "900", "CA-34"),
          us("PALO ALTO", "SANTA CLARA", "06085", "CA", "CALIFORNIA", "943", "CA-16"),
          us("LAGUNA NIGUEL", "ORANGE", "06059", "CA", "CALIFORNIA", "926", "CA-40"),
          us("PHOENIX", "MARICOPA", "04013", "AZ", "ARIZONA", "850", "AZ-03"),
          us("TUCSON", "PIMA", "04019", "AZ", "ARIZONA", "857", "AZ-07"),
          us("MIAMI", "MIAMI-DADE", "12086", "FL", "FLORIDA", "331", "FL-27"),
          us("BOCA RATON", "PALM BEACH", "12099", "FL", "FLORIDA", "334", "FL-23"),
          us("ORLANDO", "ORANGE", "12095", "FL", "FLORIDA", "328", "FL-10"),
          us("ATLANTA", "FULTON", "13121", "GA", "GEORGIA", "303", "GA-05"),
          us("GLYNCO", "GLYNN", "13127", "GA", "GEORGIA", "315", "GA-01"),
          us("NEW YORK", "NEW YORK", "36061", "NY", "NEW YORK", "100", "NY-10"),
          us("BOSTON", "SUFFOLK", "25025", "MA", "MASSACHUSETTS", "021", "MA-07"),
          us("CHICAGO", "COOK", "17031", "IL", "ILLINOIS", "606", "IL-07"),
          us("OAKBROOK TERRACE", "DUPAGE", "17043", "IL", "ILLINOIS", "601", "IL-06"),
          us("DENVER", "DENVER", "08031", "CO", "COLORADO", "802", "CO-01"),
          us("SEATTLE", "KING", "53033", "WA", "WASHINGTON", "981", "WA-07"),
          us("BALTIMORE", "BALTIMORE CITY", "24510", "MD", "MARYLAND", "212", "MD-07"),
          us("COLUMBIA", "HOWARD", "24027", "MD", "MARYLAND", "210", "MD-03"),
          us("SPANISH FORT", "BALDWIN", "01003", "AL", "ALABAMA", "365", "AL-01"),
          us("HUNTSVILLE", "MADISON", "01089", "AL", "ALABAMA", "358", "AL-05"),
          us("PHILADELPHIA", "PHILADELPHIA", "42101", "PA", "PENNSYLVANIA", "191", "PA-03"),
          us("ALTOONA", "BLAIR", "42013", "PA", "PENNSYLVANIA", "166", "PA-13"),
          us("NEW ORLEANS", "ORLEANS", "22071", "LA", "LOUISIANA", "701", "LA-02"));

  /** Places of the few recipients abroad (no state, ZIP or district). */
  static final List<Place> FOREIGN =
      List.of(
          abroad("LONDON", "GBR", "UNITED KINGDOM"),
          abroad("TEL AVIV", "ISR", "ISRAEL"),
          abroad("MUNICH", "DEU", "GERMANY"),
          abroad("OTTAWA", "CAN", "CANADA"),
          abroad("PARIS", "FRA", "FRANCE"));

  static final List<String> AREA_CODES =
      List.of("612", "703", "214", "619", "202", "305", "312", "571");

  static final List<String> STREETS =
      List.of(
          "OAK ST SE",
          "W SHADOW LAKE DR",
          "STATE HIGHWAY 38",
          "EHLEN DR",
          "MEADOWVIEW RD",
          "UNIVERSITY AVE SE",
          "FLYING CLOUD DR",
          "NW 53RD ST",
          "BATTLESHIP PKWY",
          "CORPORATE DR",
          "INDUSTRIAL BLVD",
          "MAIN ST",
          "COMMERCE PKWY",
          "TECHNOLOGY DR",
          "SUNRISE VALLEY DR",
          "WILSON BLVD",
          "PEACHTREE ST NE",
          "MARKET ST");

  static final List<String> NAME_WORDS =
      List.of(
          "NORTHSTAR",
          "SUMMIT",
          "VECTOR",
          "MERIDIAN",
          "KEYSTONE",
          "SENTINEL",
          "AURORA",
          "PINNACLE",
          "HORIZON",
          "LIBERTY",
          "PATRIOT",
          "CARDINAL",
          "GRANITE",
          "FRONTIER",
          "BEACON",
          "ATLAS",
          "CONTINENTAL",
          "ALLIED",
          "PREMIER",
          "TRIDENT",
          "APEX",
          "CORNERSTONE",
          "LANDMARK",
          "EVERGREEN",
          "REDWOOD",
          "IRONWOOD",
          "SILVERLINE",
          "BLUEWATER",
          "CLEARVIEW",
          "STONEBRIDGE");

  static final List<String> NAME_TRADES =
      List.of(
          "DATA",
          "SECURITY",
          "ANALYTICS",
          "DEFENSE",
          "TECHNOLOGY",
          "INFORMATION",
          "COMMUNICATIONS",
          "DETENTION",
          "CORRECTIONS",
          "BIOMETRIC",
          "FORENSIC",
          "VIDEO",
          "TRAINING",
          "LOGISTICS",
          "AVIATION",
          "TACTICAL",
          "IDENTITY",
          "NETWORK",
          "SOFTWARE",
          "RESEARCH",
          "MEDICAL",
          "SUPPLY",
          "TRANSPORT",
          "INTELLIGENCE",
          "MAPPING");

  static final List<String> NAME_KINDS =
      List.of(
          "SYSTEMS",
          "SOLUTIONS",
          "SERVICES",
          "GROUP",
          "TECHNOLOGIES",
          "INTERNATIONAL",
          "ASSOCIATES",
          "ENTERPRISES",
          "CONSULTING",
          "PARTNERS",
          "LABS");

  static final List<String> PARENT_KINDS = List.of("HOLDINGS", "GROUP", "INDUSTRIES");

  static final List<String> FORMS =
      List.of("INC.", "LLC", "CORPORATION", "CORP", "CO.", "L.L.C.", "INCORPORATED", "LP", "LTD");

  static final List<String> ORGANIZATIONAL_TYPES =
      List.of(
          "CORPORATE NOT TAX EXEMPT",
          "OTHER",
          "US GOVERNMENT ENTITY",
          "PARTNERSHIP",
          "CORPORATE TAX EXEMPT");

  static final List<String> OBJECT_CLASSES =
      List.of(
          "25.2: Other services from non-Federal sources",
          "26.0: Supplies and materials",
          "31.0: Equipment",
          "23.2: Rental payments to others",
          "25.7: Operation and maintenance of equipment",
          "25.2: Other services from non-Federal sources;31.0: Equipment");

  static final List<String> MAJOR_PROGRAMS =
      List.of(
          "TEMPORARY ADDITIONAL SERVICES", "DUTY AMMUNITION PROGRAM", "ENTERPRISE CASE MANAGEMENT");

  static final List<String> SUFFIXES =
      List.of(
          "OPTION YEAR 1",
          "BASE PERIOD, 12 MONTHS",
          "FOR HSI",
          "FOR ERO FIELD OFFICES",
          "HEADQUARTERS, WASHINGTON DC",
          "PER ATTACHED STATEMENT OF WORK");

  static final String DEFC_Q =
      "Q: Not Designated Nonemergency/Emergency/Disaster/Wildfire Suppression";

  static final Map<String, String> AWARD_TYPES =
      Map.of(
          "A", "BPA CALL",
          "B", "PURCHASE ORDER",
          "C", "DELIVERY ORDER",
          "D", "DEFINITIVE CONTRACT");

  static final Map<String, String> ACTION_TYPES =
      Map.of(
          "B", "SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE",
          "C", "FUNDING ONLY ACTION",
          "G", "EXERCISE AN OPTION",
          "K", "CLOSE OUT",
          "M", "OTHER ADMINISTRATIVE ACTION");

  static final List<Commodity> COMMODITIES =
      List.of(
          commodity(
              "1305",
              "AMMUNITION, THROUGH 30MM",
              "332992",
              "SMALL ARMS AMMUNITION MANUFACTURING",
              "9MM LUGER +P 124 GRAIN AMMUNITION",
              ".223 62GR DUTY AMMUNITION",
              ".40 S&W 180GR DUTY AMMUNITION",
              "REDUCED HAZARD TRAINING AMMUNITION (RHTA)"),
          commodity(
              "S206",
              "HOUSEKEEPING- GUARD",
              "561612",
              "SECURITY GUARDS AND PATROL SERVICES",
              "ARMED GUARD SERVICES",
              "GUARD SERVICES AT PROCESSING CENTER",
              "PROTECTIVE SECURITY OFFICER SERVICES"),
          commodity(
              "D317",
              "IT AND TELECOM- WEB-BASED SUBSCRIPTION",
              "519190",
              "ALL OTHER INFORMATION SERVICES",
              "PUBLIC RECORDS DATABASE SUBSCRIPTION",
              "LICENSE PLATE READER DATA ACCESS",
              "COMMERCIAL DATA SERVICES SUBSCRIPTION"),
          commodity(
              "R612",
              "SUPPORT- ADMINISTRATIVE: INFORMATION RETRIEVAL",
              "561450",
              "CREDIT BUREAUS",
              "INVESTIGATIVE DATABASE ACCESS",
              "IDENTITY VERIFICATION DATA SERVICES"),
          commodity(
              "7030",
              "INFORMATION TECHNOLOGY SOFTWARE",
              "511210",
              "SOFTWARE PUBLISHERS",
              "CASE MANAGEMENT SOFTWARE LICENSES",
              "DIGITAL FORENSICS SOFTWARE LICENSE RENEWAL",
              "SOCIAL MEDIA ANALYTICS SOFTWARE",
              "LINK ANALYSIS SOFTWARE MAINTENANCE"),
          commodity(
              "DA01",
              "IT AND TELECOM - BUSINESS APPLICATION/APPLICATION DEVELOPMENT SUPPORT SERVICES"
                  + " (LABOR)",
              "541511",
              "CUSTOM COMPUTER PROGRAMMING SERVICES",
              "CASE MANAGEMENT SYSTEM DEVELOPMENT AND SUSTAINMENT",
              "DATA INTEGRATION PLATFORM OPERATIONS AND MAINTENANCE"),
          commodity(
              "D399",
              "IT AND TELECOM- OTHER IT AND TELECOMMUNICATIONS",
              "541519",
              "OTHER COMPUTER RELATED SERVICES",
              "CLOUD HOSTING SERVICES",
              "MOBILE DEVICE EXTRACTION SERVICES"),
          commodity(
              "5810",
              "COMMUNICATIONS SECURITY EQUIPMENT AND COMPONENTS",
              "334220",
              "RADIO AND TELEVISION BROADCASTING AND WIRELESS COMMUNICATIONS EQUIPMENT"
                  + " MANUFACTURING",
              "TACTICAL COMMUNICATIONS EQUIPMENT",
              "ENCRYPTED RADIOS AND ACCESSORIES"),
          commodity(
              "6350",
              "MISCELLANEOUS ALARM, SIGNAL, AND SECURITY DETECTION SYSTEMS",
              "334290",
              "OTHER COMMUNICATIONS EQUIPMENT MANUFACTURING",
              "BIOMETRIC ENROLLMENT KIOSKS",
              "SURVEILLANCE CAMERA SYSTEM",
              "FACIAL COMPARISON EQUIPMENT"),
          commodity(
              "J063",
              "MAINT/REPAIR/REBUILD OF EQUIPMENT- ALARM, SIGNAL, AND SECURITY DETECTION SYSTEMS",
              "561621",
              "SECURITY SYSTEMS SERVICES (EXCEPT LOCKSMITHS)",
              "MAINTENANCE OF VIDEO SURVEILLANCE SYSTEM",
              "ACCESS CONTROL SYSTEM REPAIR"),
          commodity(
              "7050",
              "INFORMATION TECHNOLOGY COMPONENTS",
              "334111",
              "ELECTRONIC COMPUTER MANUFACTURING",
              "RUGGEDIZED LAPTOPS",
              "MOBILE FORENSIC KITS"),
          commodity(
              "7025",
              "INFORMATION TECHNOLOGY INPUT/OUTPUT AND STORAGE DEVICES",
              "423430",
              "COMPUTER AND COMPUTER PERIPHERAL EQUIPMENT AND SOFTWARE MERCHANT WHOLESALERS",
              "FLASH DRIVES AND EXTERNAL STORAGE",
              "FINGERPRINT SCANNERS"),
          commodity(
              "G004",
              "SOCIAL- SOCIAL REHABILITATION",
              "623990",
              "OTHER RESIDENTIAL CARE FACILITIES",
              "RESIDENTIAL REENTRY CENTER SERVICES",
              "HOME CONFINEMENT SERVICES"),
          commodity(
              "R499",
              "SUPPORT- PROFESSIONAL: OTHER",
              "561210",
              "FACILITIES SUPPORT SERVICES",
              "DETENTION SERVICES, GUARD AND TRANSPORTATION",
              "OPERATION OF PROCESSING CENTER"),
          commodity(
              "V119",
              "TRANSPORTATION/TRAVEL/RELOCATION- TRANSPORTATION: OTHER",
              "481211",
              "NONSCHEDULED CHARTERED PASSENGER AIR TRANSPORTATION",
              "AIR CHARTER SERVICES",
              "GROUND TRANSPORTATION SERVICES"),
          commodity(
              "Q201",
              "MEDICAL- GENERAL HEALTH CARE",
              "621111",
              "OFFICES OF PHYSICIANS (EXCEPT MENTAL HEALTH SPECIALISTS)",
              "DETAINEE MEDICAL SERVICES",
              "MEDICAL STAFFING SERVICES"),
          commodity(
              "7610",
              "BOOKS AND PAMPHLETS",
              "511120",
              "PERIODICAL PUBLISHERS",
              "LAW LIBRARY PUBLICATIONS",
              "FEDERAL IMMIGRATION LAWS AND REGULATIONS"),
          commodity(
              "R408",
              "SUPPORT- PROFESSIONAL: PROGRAM MANAGEMENT/SUPPORT",
              "541611",
              "ADMINISTRATIVE MANAGEMENT AND GENERAL MANAGEMENT CONSULTING SERVICES",
              "PROGRAM MANAGEMENT SUPPORT SERVICES",
              "ACQUISITION SUPPORT SERVICES"),
          commodity(
              "X1AA",
              "LEASE/RENTAL OF OFFICE BUILDINGS",
              "531120",
              "LESSORS OF NONRESIDENTIAL BUILDINGS (EXCEPT MINIWAREHOUSES)",
              "OFFICE SPACE LEASE",
              "LEASED PARKING FOR GOVERNMENT VEHICLES"),
          commodity(
              "2310",
              "PASSENGER MOTOR VEHICLES",
              "336111",
              "AUTOMOBILE MANUFACTURING",
              "PURSUIT-RATED SPORT UTILITY VEHICLES"),
          commodity(
              "8470",
              "ARMOR, PERSONAL",
              "339113",
              "SURGICAL APPLIANCE AND SUPPLIES MANUFACTURING",
              "BALLISTIC VESTS",
              "BODY ARMOR CARRIERS"),
          commodity(
              "6920",
              "ARMAMENT TRAINING DEVICES",
              "339920",
              "SPORTING AND ATHLETIC GOODS MANUFACTURING",
              "FIREARMS TRAINING SIMULATOR",
              "QUALIFICATION TARGETS"),
          commodity(
              "D316",
              "IT AND TELECOM- TELECOMMUNICATIONS NETWORK MANAGEMENT",
              "517110",
              "WIRED TELECOMMUNICATIONS CARRIERS",
              "NETWORK CIRCUITS AND MANAGED SERVICES"),
          commodity(
              "D320",
              "IT AND TELECOM- ANNUAL HARDWARE MAINTENANCE SERVICE PLANS",
              "811212",
              "COMPUTER AND OFFICE MACHINE REPAIR AND MAINTENANCE",
              "HARDWARE MAINTENANCE RENEWAL",
              "RIMAGE WARRANTY"),
          commodity(
              "7110",
              "OFFICE FURNITURE",
              "337214",
              "OFFICE FURNITURE (EXCEPT WOOD) MANUFACTURING",
              "OFFICE FURNITURE AND INSTALLATION"),
          commodity(
              "U009",
              "EDUCATION/TRAINING- GENERAL",
              "611699",
              "ALL OTHER MISCELLANEOUS SCHOOLS AND INSTRUCTION",
              "FIREARMS INSTRUCTOR TRAINING",
              "INTERVIEW TECHNIQUES TRAINING"));

  /** The yes/no business-type columns and how often they are true (per mille, real rows). */
  static final List<String> FLAGS =
      List.of(
          "small_business_competitiveness_demonstration_program|0",
          "alaskan_native_corporation_owned_firm|0",
          "american_indian_owned_business|42",
          "indian_tribe_federally_recognized|0",
          "native_hawaiian_organization_owned_firm|0",
          "tribally_owned_firm|0",
          "veteran_owned_business|25",
          "service_disabled_veteran_owned_business|7",
          "woman_owned_business|15",
          "women_owned_small_business|1",
          "economically_disadvantaged_women_owned_small_business|1",
          "joint_venture_women_owned_small_business|0",
          "joint_venture_economic_disadvantaged_women_owned_small_bus|0",
          "minority_owned_business|56",
          "subcontinent_asian_asian_indian_american_owned_business|2",
          "asian_pacific_american_owned_business|0",
          "black_american_owned_business|10",
          "hispanic_american_owned_business|2",
          "native_american_owned_business|41",
          "other_minority_owned_business|0",
          "emerging_small_business|3",
          "community_developed_corporation_owned_firm|1",
          "labor_surplus_area_firm|0",
          "us_federal_government|1",
          "federally_funded_research_and_development_corp|0",
          "federal_agency|1",
          "us_state_government|6",
          "us_local_government|7",
          "city_local_government|2",
          "county_local_government|7",
          "inter_municipal_local_government|0",
          "local_government_owned|0",
          "municipality_local_government|2",
          "school_district_local_government|0",
          "township_local_government|0",
          "us_tribal_government|0",
          "foreign_government|0",
          "corporate_entity_not_tax_exempt|543",
          "corporate_entity_tax_exempt|0",
          "partnership_or_limited_liability_partnership|9",
          "sole_proprietorship|2",
          "small_agricultural_cooperative|0",
          "international_organization|0",
          "us_government_entity|7",
          "community_development_corporation|1",
          "domestic_shelter|0",
          "educational_institution|5",
          "foundation|0",
          "hospital_flag|0",
          "manufacturer_of_goods|484",
          "veterinary_hospital|0",
          "hispanic_servicing_institution|0",
          "receives_contracts|181",
          "receives_financial_assistance|6",
          "receives_contracts_and_financial_assistance|419",
          "airport_authority|0",
          "council_of_governments|0",
          "housing_authorities_public_tribal|0",
          "interstate_entity|0",
          "planning_commission|0",
          "port_authority|0",
          "transit_authority|0",
          "subchapter_scorporation|26",
          "limited_liability_corporation|39",
          "foreign_owned|2",
          "for_profit_organization|597",
          "nonprofit_organization|7",
          "other_not_for_profit_organization|1",
          "the_ability_one_program|0",
          "private_university_or_college|0",
          "state_controlled_institution_of_higher_learning|0",
          "1862_land_grant_college|4",
          "1890_land_grant_college|0",
          "1994_land_grant_college|0",
          "minority_institution|0",
          "historically_black_college|0",
          "tribal_college|0",
          "alaskan_native_servicing_institution|0",
          "native_hawaiian_servicing_institution|0",
          "school_of_forestry|0",
          "veterinary_college|0",
          "dot_certified_disadvantage|4",
          "self_certified_small_disadvantaged_business|61",
          "small_disadvantaged_business|50",
          "c8a_program_participant|41",
          "historically_underutilized_business_zone_hubzone_firm|4",
          "sba_certified_8a_joint_venture|0");

  /** Coded columns of every award. */
  static final List<Spec> COMMON =
      List.of(
          spec("foreign_funding", "foreign_funding_description", 100, "X|NOT APPLICABLE|1"),
          spec(
              "sam_exception",
              "sam_exception_description",
              1,
              "1|GOVERNMENT-WIDE COMMERCIAL PURCHASE CARD|1"),
          spec("outlayed_amount_from_COVID-19_supplementals_for_overall_award", null, 1, "0.00||1"),
          spec(
              "obligated_amount_from_COVID-19_supplementals_for_overall_award", null, 1, "0.00||1"),
          spec("outlayed_amount_from_IIJA_supplemental_for_overall_award", null, 1, "0.00||1"),
          spec("obligated_amount_from_IIJA_supplemental_for_overall_award", null, 1, "0.00||1"),
          spec(
              "type_of_contract_pricing_code",
              "type_of_contract_pricing",
              99,
              "J|FIRM FIXED PRICE|80",
              "Y|TIME AND MATERIALS|6",
              "Z|LABOR HOURS|3",
              "U|COST PLUS FIXED FEE|3",
              "K|FIXED PRICE WITH ECONOMIC PRICE ADJUSTMENT|2",
              "3|OTHER (APPLIES TO AWARDS WHERE NONE OF THE ABOVE APPLY)|2",
              "2|COMBINATION (APPLIES TO AWARDS WHERE TWO OR MORE OF THE ABOVE APPLY)|2",
              "R|COST PLUS AWARD FEE|1",
              "M|FIXED PRICE AWARD FEE|1"),
          spec(
              "inherently_governmental_functions",
              "inherently_governmental_functions_description",
              5,
              "OT|OTHER FUNCTIONS|6",
              "CT|CRITICAL FUNCTIONS|2",
              "CL|CLOSELY ASSOCIATED|1",
              "CL,CT|CLOSELY ASSOCIATED,CRITICAL FUNCTIONS|1"),
          spec(
              "contract_bundling_code",
              "contract_bundling",
              92,
              "D|NOT A BUNDLED REQUIREMENT|5",
              "H|NOT BUNDLED|4",
              "A|MISSION CRITICAL|1"),
          spec(
              "recovered_materials_sustainability_code",
              "recovered_materials_sustainability",
              63,
              "C|NO CLAUSES INCLUDED AND NO SUSTAINABILITY INCLUDED|8",
              "A|FAR 52.223-4 INCLUDED|1",
              "B|FAR 52.223-4 AND FAR 52.223-9 INCLUDED|1"),
          spec(
              "domestic_or_foreign_entity_code",
              "domestic_or_foreign_entity",
              60,
              "A|U.S. OWNED BUSINESS|80",
              "B|OTHER U.S. ENTITY (E.G. GOVERNMENT)|8",
              "C|FOREIGN-OWNED BUSINESS INCORPORATED IN THE U.S.|10",
              "D|FOREIGN-OWNED BUSINESS NOT INCORPORATED IN THE U.S.|2"),
          spec(
              "information_technology_commercial_item_category_code",
              "information_technology_commercial_item_category",
              8,
              "Z|NOT IT PRODUCTS OR SERVICES|4",
              "A|COMMERCIALLY AVAILABLE|3",
              "E|COMMERCIAL SERVICE|2",
              "B|OTHER COMMERCIAL ITEM|1"),
          spec(
              "epa_designated_product_code",
              "epa_designated_product",
              93,
              "E|NOT REQUIRED|90",
              "A|MEETS REQUIREMENTS|8",
              "C|JUSTIFICATION - PRICE|2"),
          spec(
              "country_of_product_or_service_origin_code",
              "country_of_product_or_service_origin",
              84,
              "USA|UNITED STATES|95",
              "DEU|GERMANY|2",
              "ISR|ISRAEL|1",
              "CAN|CANADA|1",
              "GBR|UNITED KINGDOM|1"),
          spec(
              "place_of_manufacture_code",
              "place_of_manufacture",
              70,
              "D|MFG IN U.S.|5",
              "C|NOT A MANUFACTURED END PRODUCT|4",
              "F|MFG OUTSIDE U.S. - RESALE|1"),
          spec(
              "subcontracting_plan_code",
              "subcontracting_plan",
              40,
              "B|PLAN NOT REQUIRED|7",
              "C|PLAN REQUIRED - INCENTIVE NOT INCLUDED|1",
              "F|INDIVIDUAL SUBCONTRACT PLAN|1",
              "A|PLAN NOT INCLUDED - NO SUBCONTRACTING POSSIBILITIES|1"),
          spec(
              "extent_competed_code",
              "extent_competed",
              97,
              "A|FULL AND OPEN COMPETITION|35",
              "CDO|COMPETITIVE DELIVERY ORDER|15",
              "F|COMPETED UNDER SAP|15",
              "G|NOT COMPETED UNDER SAP|12",
              "C|NOT COMPETED|10",
              "D|FULL AND OPEN COMPETITION AFTER EXCLUSION OF SOURCES|8",
              "B|NOT AVAILABLE FOR COMPETITION|3",
              "NDO|NON-COMPETITIVE DELIVERY ORDER|2"),
          spec(
              "solicitation_procedures_code",
              "solicitation_procedures",
              86,
              "NP|NEGOTIATED PROPOSAL/QUOTE|40",
              "SP1|SIMPLIFIED ACQUISITION|25",
              "MAFO|SUBJECT TO MULTIPLE AWARD FAIR OPPORTUNITY|20",
              "SSS|ONLY ONE SOURCE|10",
              "SB|SEALED BID|3",
              "AS|ALTERNATIVE SOURCES|2"),
          spec(
              "type_of_set_aside_code",
              "type_of_set_aside",
              61,
              "NONE|NO SET ASIDE USED.|75",
              "SBA|SMALL BUSINESS SET ASIDE - TOTAL|15",
              "8AN|8(A) SOLE SOURCE|4",
              "HZC|HUBZONE SET-ASIDE|2",
              "SDVOSBC|SERVICE DISABLED VETERAN OWNED SMALL BUSINESS SET-ASIDE|2",
              "WOSB|WOMEN OWNED SMALL BUSINESS|2"),
          spec(
              "evaluated_preference_code",
              "evaluated_preference",
              60,
              "NONE|NO PREFERENCE USED|95",
              "SDA|SDB PRICE EVALUATION ADJUSTMENT|3",
              "HZE|HUBZONE PRICE EVALUATION PREFERENCE|2"),
          spec(
              "research_code",
              "research",
              1,
              "SR1|SMALL BUSINESS INNOVATION RESEARCH PROGRAM PHASE I ACTION|1",
              "SR2|SMALL BUSINESS INNOVATION RESEARCH PROGRAM PHASE II ACTION|1"),
          spec(
              "other_than_full_and_open_competition_code",
              "other_than_full_and_open_competition",
              9,
              "SP2|SAP NON-COMPETITION (FAR 13)|5",
              "ONE|ONLY ONE SOURCE-OTHER (FAR 6.302-1 OTHER)|2",
              "FOC|FOLLOW-ON CONTRACT|1",
              "AUT|AUTHORIZED BY STATUTE|1",
              "UNQ|UNIQUE SOURCE|1",
              "URG|URGENCY|1"),
          spec(
              "number_of_offers_received",
              null,
              84,
              "1||40",
              "2||20",
              "3||15",
              "4||10",
              "5||6",
              "6||4",
              "8||3",
              "12||2"),
          spec(
              "commercial_item_acquisition_procedures_code",
              "commercial_item_acquisition_procedures",
              100,
              "A|COMMERCIAL PRODUCTS/SERVICES|5",
              "D|COMMERCIAL ITEM PROCEDURES NOT USED|4",
              "B|SUPPLIES OR SERVICES PURSUANT TO FAR 12.102(F)|1"),
          spec(
              "simplified_procedures_for_certain_commercial_items_code",
              "simplified_procedures_for_certain_commercial_items",
              100,
              "N|NO|9",
              "Y|YES|1"),
          spec("a76_fair_act_action_code", "a76_fair_act_action", 99, "N|NO|98", "Y|YES|2"),
          spec("fed_biz_opps_code", "fed_biz_opps", 100, "Y|YES|5", "X|NOT APPLICABLE|3", "N|NO|2"),
          spec("local_area_set_aside_code", "local_area_set_aside", 71, "N|NO|98", "Y|YES|2"),
          spec("price_evaluation_adjustment_preference_percent_difference", null, 14, "0.00||1"),
          spec(
              "clinger_cohen_act_planning_code",
              "clinger_cohen_act_planning",
              100,
              "N|NO|9",
              "Y|YES|1"),
          spec(
              "materials_supplies_articles_equipment_code",
              "materials_supplies_articles_equipment",
              100,
              "X|NOT APPLICABLE|5",
              "N|NO|3",
              "Y|YES|2"),
          spec(
              "labor_standards_code",
              "labor_standards",
              100,
              "X|NOT APPLICABLE|5",
              "N|NO|3",
              "Y|YES|2"),
          spec(
              "construction_wage_rate_requirements_code",
              "construction_wage_rate_requirements",
              100,
              "X|NOT APPLICABLE|6",
              "N|NO|4"),
          spec(
              "interagency_contracting_authority_code",
              "interagency_contracting_authority",
              100,
              "X|NOT APPLICABLE|90",
              "A|ECONOMY ACT|5",
              "B|OTHER STATUTORY AUTHORITY|5"),
          spec(
              "other_statutory_authority",
              null,
              1,
              "FAR 8.4 GSA FSS DELIVERY ORDER||1",
              "15 U.S.C. 644(J), SMALL BUSINESS ACT||1"),
          spec(
              "national_interest_action_code",
              "national_interest_action",
              95,
              "NONE|NONE|97",
              "P20C|COVID-19 2020|3"),
          spec("cost_or_pricing_data_code", "cost_or_pricing_data", 39, "N|NO|9", "Y|YES|1"),
          spec(
              "cost_accounting_standards_clause_code",
              "cost_accounting_standards_clause",
              43,
              "X|NOT APPLICABLE EXEMPT FROM CAS|8",
              "N|NO - CAS WAIVER APPROVED|1",
              "Y|YES - CAS CLAUSE INCLUDED|1"),
          spec(
              "government_furnished_property_code",
              "government_furnished_property",
              100,
              "N|NO|95",
              "Y|YES|5"),
          spec(
              "sea_transportation_code",
              "sea_transportation",
              9,
              "N|NO|6",
              "U|UNKNOWN|3",
              "Y|YES|1"),
          spec(
              "undefinitized_action_code",
              "undefinitized_action",
              100,
              "X|NO|98",
              "A|LETTER CONTRACT|2"),
          spec(
              "consolidated_contract_code",
              "consolidated_contract",
              100,
              "D|NOT CONSOLIDATED|6",
              "N|NO|3",
              "A|CONSOLIDATED REQUIREMENTS|1"),
          spec(
              "performance_based_service_acquisition_code",
              "performance_based_service_acquisition",
              100,
              "X|NOT APPLICABLE|5",
              "N|NO - SERVICE WHERE PBA IS NOT USED.|4",
              "Y|YES - SERVICE WHERE PBA IS USED.|1"),
          spec("multi_year_contract_code", "multi_year_contract", 86, "N|NO|97", "Y|YES|3"),
          spec(
              "contract_financing_code",
              "contract_financing",
              12,
              "Z|NOT APPLICABLE|8",
              "E|COMMERCIAL FINANCING|1",
              "F|PERFORMANCE-BASED FINANCING|1"),
          spec(
              "purchase_card_as_payment_method_code",
              "purchase_card_as_payment_method",
              98,
              "N|NO|9",
              "Y|YES|1"),
          spec(
              "contingency_humanitarian_or_peacekeeping_operation_code",
              "contingency_humanitarian_or_peacekeeping_operation",
              98,
              "X|NOT APPLICABLE|98",
              "A|CONTINGENCY OPERATION AS DEFINED IN 10 U.S.C. 101(A)(13)|1",
              "B|HUMANITARIAN OR PEACEKEEPING OPERATION AS DEFINED IN 10 U.S.C. 2302(8)|1"));

  /** Coded columns of IDVs only. */
  static final List<Spec> IDV_ONLY =
      List.of(
          spec("idv_type_code", "idv_type", 100, "B|IDC|70", "E|BPA|20", "D|BOA|5", "A|GWAC|5"),
          spec(
              "multiple_or_single_award_idv_code",
              "multiple_or_single_award_idv",
              100,
              "S|SINGLE AWARD|7",
              "M|MULTIPLE AWARD|3"),
          spec(
              "type_of_idc_code",
              "type_of_idc",
              100,
              "B|INDEFINITE DELIVERY / INDEFINITE QUANTITY|8",
              "A|INDEFINITE DELIVERY / REQUIREMENTS|1",
              "C|INDEFINITE DELIVERY / DEFINITE QUANTITY|1"));

  /** Coded columns of orders placed under an IDV only. */
  static final List<Spec> ORDER_ONLY =
      List.of(
          spec(
              "fair_opportunity_limited_sources_code",
              "fair_opportunity_limited_sources",
              60,
              "FAIR|FAIR OPPORTUNITY GIVEN|8",
              "ONE|ONLY ONE SOURCE - OTHER|1",
              "FOO|FOLLOW-ON ACTION FOLLOWING COMPETITIVE INITIAL ACTION|1",
              "URG|URGENCY|1"),
          spec("parent_award_modification_number", null, 5, "0||3", "P00001||1"));

  /** Coded columns of Department of Defense awards only. */
  static final List<Spec> DEFENSE_ONLY =
      List.of(
          spec(
              "dod_claimant_program_code",
              "dod_claimant_program_description",
              90,
              "S1|SERVICES|5",
              "C9E|ELECTRONICS AND COMMUNICATION EQUIPMENT|3"),
          spec(
              "dod_acquisition_program_code",
              "dod_acquisition_program_description",
              90,
              "000|NONE|1"));
}
