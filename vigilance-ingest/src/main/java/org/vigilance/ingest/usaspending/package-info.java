/**
 * USAspending adapter: reads US federal contract downloads (prime award summaries, prime
 * transactions, or the zip that holds them) into entity drafts, through {@link
 * org.vigilance.ingest.usaspending.UsaspendingRecordReader}.
 *
 * <p>Each data row yields the drafts below, all with the row's record number; ids are built from
 * the source's keys, so importing the same download again changes nothing. Empty cells give no
 * value; dates are written {@code YYYY-MM-DD} and amounts as plain decimals, in US dollars. Only
 * institutions, contracts and companies are recorded: the columns about people (the highly
 * compensated officers) are not read, nor are the recipient's phone and fax numbers, and the
 * address of a sole proprietor (a person) is left out.
 *
 * <table>
 *   <caption>Entities of one row</caption>
 *   <tr><th>Entity (schema)</th><th>Id</th><th>When</th></tr>
 *   <tr><td>the award ({@code Contract})</td>
 *       <td>{@code usaspending-award:<contract_award_unique_key>}</td><td>always</td></tr>
 *   <tr><td>the supplier ({@code Company})</td>
 *       <td>{@code uei:<recipient_uei>}, else {@code duns:<recipient_duns>}, else
 *       {@code usaspending-recipient:<first 16 hex digits of the SHA-256 of the upper-cased
 *       recipient_name>}</td><td>a recipient is named</td></tr>
 *   <tr><td>its ultimate parent ({@code Company})</td><td>the same rule on the
 *       {@code recipient_parent_*} columns</td><td>the parent is not the recipient itself</td></tr>
 *   <tr><td>parent owns supplier ({@code Ownership}: owner = parent, asset = supplier,
 *       ownershipType {@code ultimate parent})</td>
 *       <td>{@code ownership:<parent id>:<supplier id>}</td><td>with the parent</td></tr>
 *   <tr><td>supplier of the award ({@code ContractAward})</td>
 *       <td>{@code usaspending-award:<key>:supplier}</td><td>with the supplier</td></tr>
 *   <tr><td>awarding and funding agency, sub-agency and office ({@code PublicBody}, country
 *       {@code us})</td><td>{@code usaspending-agency:<*_agency_code>},
 *       {@code usaspending-subagency:<*_sub_agency_code>}, {@code
 *       usaspending-office:<*_office_code>}</td><td>the code is given</td></tr>
 *   <tr><td>office in sub-agency, sub-agency in agency ({@code Membership}: member, organization;
 *       an office without a sub-agency belongs to the agency)</td>
 *       <td>{@code membership:<member id>:<organization id>}</td><td>both are given</td></tr>
 *   <tr><td>funder of the award ({@code UnknownLink}: subject = the most specific funding body,
 *       object = the contract, role {@code funding office}, {@code funding sub-agency} or
 *       {@code funding agency})</td><td>{@code usaspending-award:<key>:funding:<funder id>}</td>
 *       <td>a funding body is given</td></tr>
 *   <tr><td>the action ({@code ContractTransaction}, a Vigilance schema)</td>
 *       <td>{@code usaspending-transaction:<contract_transaction_unique_key>}</td>
 *       <td>transactions layout</td></tr>
 * </table>
 *
 * <p>FtM has no schema for the funder of a contract: {@code UnknownLink} with a role keeps the link
 * without claiming more (the awarding body is the contract's {@code authority}). When the same body
 * awards and funds, the row states it once.
 *
 * <table>
 *   <caption>Columns and properties</caption>
 *   <tr><th>Column</th><th>Property</th></tr>
 *   <tr><td>award_id_piid</td><td>Contract name</td></tr>
 *   <tr><td>prime_award_base_transaction_description</td><td>Contract title</td></tr>
 *   <tr><td>award_type (else idv_type); type_of_contract_pricing</td><td>Contract type (two
 *       values: the instrument, such as {@code PURCHASE ORDER}, and the pricing, such as {@code
 *       FIRM FIXED PRICE}, which the FAR also calls the contract type)</td></tr>
 *   <tr><td>extent_competed</td><td>Contract method (how far the award was competed)</td></tr>
 *   <tr><td>solicitation_procedures</td><td>Contract procedure</td></tr>
 *   <tr><td>solicitation_identifier</td><td>Contract procedureNumber</td></tr>
 *   <tr><td>product_or_service_code, _description; naics_code, naics_description</td>
 *       <td>Contract classification: {@code PSC D317: IT AND TELECOM- WEB-BASED SUBSCRIPTION},
 *       {@code NAICS 519190: ALL OTHER INFORMATION SERVICES}</td></tr>
 *   <tr><td>awarding office (else sub-agency, else agency)</td><td>Contract authority</td></tr>
 *   <tr><td>usaspending_permalink</td><td>Contract sourceUrl; ContractTransaction
 *       sourceUrl</td></tr>
 *   <tr><td>parent_award_id_piid, parent_award_agency_name</td><td>Contract notes
 *       ({@code Parent award (IDV) PIID: ...}): FtM has no property for the parent IDV</td></tr>
 *   <tr><td>(constant)</td><td>currency {@code USD} on Contract, ContractAward and
 *       ContractTransaction</td></tr>
 *   <tr><th colspan="2">Award summaries only (the award's totals to date)</th></tr>
 *   <tr><td>total_obligated_amount</td><td>Contract and ContractAward amount and amountUsd (the
 *       money obligated: what the government has committed so far)</td></tr>
 *   <tr><td>current_total_value_of_award, potential_total_value_of_award,
 *       period_of_performance_potential_end_date, number_of_offers_received</td><td>Contract
 *       notes, one labelled value each: FtM's {@code Value} has a single amount</td></tr>
 *   <tr><td>award_base_action_date</td><td>Contract contractDate</td></tr>
 *   <tr><td>period_of_performance_start_date, _current_end_date</td><td>ContractAward
 *       startDate, endDate ({@code Contract} has no dates of performance)</td></tr>
 *   <tr><td>last_modified_date</td><td>Contract modifiedAt</td></tr>
 *   <tr><th colspan="2">Transactions only (values that change from action to action stay on the
 *       action, so that the contract does not collect one amount per action)</th></tr>
 *   <tr><td>contract_transaction_unique_key</td><td>ContractTransaction recordId</td></tr>
 *   <tr><td>modification_number, transaction_number</td><td>ContractTransaction
 *       modificationNumber, transactionNumber</td></tr>
 *   <tr><td>action_type (else action_type_code)</td><td>ContractTransaction actionType</td></tr>
 *   <tr><td>action_date</td><td>ContractTransaction date</td></tr>
 *   <tr><td>federal_action_obligation</td><td>ContractTransaction obligation, and amount and
 *       amountUsd (what this action obligated; negative for a deobligation)</td></tr>
 *   <tr><td>total_dollars_obligated, current_total_value_of_award,
 *       potential_total_value_of_award</td><td>ContractTransaction totalObligation, currentValue,
 *       potentialValue (the award's values as of the action)</td></tr>
 *   <tr><td>period_of_performance_start_date, _current_end_date</td><td>ContractTransaction
 *       startDate, endDate</td></tr>
 *   <tr><td>transaction_description</td><td>ContractTransaction description</td></tr>
 *   <tr><td>last_modified_date</td><td>ContractTransaction modifiedAt</td></tr>
 *   <tr><th colspan="2">Supplier and parent</th></tr>
 *   <tr><td>recipient_name (else recipient_name_raw)</td><td>Company name</td></tr>
 *   <tr><td>recipient_name_raw, recipient_doing_business_as_name (when they differ)</td>
 *       <td>Company alias</td></tr>
 *   <tr><td>recipient_uei, recipient_duns, cage_code</td><td>Company uniqueEntityId, dunsCode,
 *       cageCode</td></tr>
 *   <tr><td>recipient_address_line_1, _line_2, recipient_city_name, recipient_state_code,
 *       recipient_zip_4_code, recipient_country_name</td><td>Company address, one string:
 *       {@code 610 OPPERMAN DR, EAGAN, MN 551231340, UNITED STATES}</td></tr>
 *   <tr><td>recipient_country_code ({@code USA})</td><td>Company country ({@code us}: ISO
 *       3166 alpha-3 to FtM's alpha-2 through {@link java.util.Locale}; {@code XKS} is Kosovo,
 *       {@code xk}; an unknown code gives no country)</td></tr>
 *   <tr><td>recipient_parent_uei, _duns, _name, _name_raw</td><td>parent Company
 *       uniqueEntityId, dunsCode, name, alias</td></tr>
 *   <tr><td>*_agency_name, *_sub_agency_name, *_office_name</td><td>PublicBody name</td></tr>
 * </table>
 *
 * <p>Dates are read as USAspending writes them ({@code 2020-05-07}, {@code 2021-05-11 00:00:00})
 * and, for a download saved again by a spreadsheet, as month/day/year ({@code 5/7/20}, {@code
 * 5/11/21 0:00}; a two-digit year {@code 50} to {@code 99} is 19xx, {@code 00} to {@code 49} is
 * 20xx); the time of day is dropped.
 */
@NullMarked
package org.vigilance.ingest.usaspending;

import org.jspecify.annotations.NullMarked;
