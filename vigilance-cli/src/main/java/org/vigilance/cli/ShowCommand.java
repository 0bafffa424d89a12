package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.entity.Schema;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.privacy.Masking;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance show ID}: an entity, each value with the sources that assert it. */
@Command(
    name = "show",
    description = {
      "Show an entity: each value with the sources that assert it.",
      "Personal data of affected people in document text (e-mail addresses, phone numbers,",
      "A-numbers, SSNs) is shown masked, as [email], [phone], [a-number], [ssn]."
    })
final class ShowCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "ID", description = "The entity id.")
  String id = "";

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    try (Workspace ws = root.openWorkspace()) {
      List<Fragment> fragments = ws.fragments().fragmentsOf(EntityId.of(id));
      if (fragments.isEmpty()) {
        env.err().println("vigilance: no entity with id '" + id + "' in " + ws.root());
        return ExitCodes.FAILURE;
      }
      // A merged entity (judged the same as others): the values of all its members.
      Components components = Components.of(ws.judgements().list());
      List<EntityId> members = components.members(EntityId.of(id));
      Map<EntityId, List<Fragment>> byMember = new LinkedHashMap<>();
      if (members.size() > 1) {
        EntityId canonical = members.get(0);
        List<Fragment> all = new ArrayList<>();
        for (EntityId member : members) {
          List<Fragment> own = ws.fragments().fragmentsOf(member);
          byMember.put(member, own);
          for (Fragment f : own) {
            all.add(
                new Fragment(
                    new EntityDraft(canonical, f.schema(), f.properties()),
                    f.source(),
                    f.locator(),
                    f.recordedAt(),
                    f.recordedBy()));
          }
        }
        fragments = all;
      }
      // Do-no-harm: personal data of affected people in document text is always masked.
      MergedEntity entity = Masking.apply(new EntityMerger(env.model()).merge(fragments));
      Map<SourceId, Source> sources = new HashMap<>();
      for (Source source : ws.sources().list()) {
        sources.put(source.id(), source);
      }
      if (json) {
        Map<String, Object> out = toJson(entity, sources);
        if (!byMember.isEmpty()) {
          out.put("members", membersJson(byMember, sources));
        }
        root.printJson(out);
      } else {
        print(env.out(), entity, sources);
        if (!byMember.isEmpty()) {
          printMembers(env.out(), byMember, sources);
        }
      }
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> toJson(MergedEntity entity, Map<SourceId, Source> sources) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", entity.id().value());
    json.put("schema", entity.schema());
    json.put("schemaConflict", entity.schemaConflict());
    json.put("caption", entity.caption(root.env.model()));
    Map<String, Object> properties = new LinkedHashMap<>();
    entity
        .properties()
        .forEach(
            (name, values) -> {
              List<Object> list = new ArrayList<>();
              for (MergedEntity.Value value : values) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("value", value.value());
                v.put("sources", value.assertedBy().stream().map(p -> cite(p, sources)).toList());
                list.add(v);
              }
              properties.put(name, list);
            });
    json.put("properties", properties);
    json.put("fragments", entity.fragments().stream().map(p -> cite(p, sources)).toList());
    return json;
  }

  private Map<String, Object> membersJson(
      Map<EntityId, List<Fragment>> byMember, Map<SourceId, Source> sources) {
    Map<String, Object> members = new LinkedHashMap<>();
    byMember.forEach(
        (member, own) ->
            members.put(
                member.value(), own.stream().map(f -> cite(Provenance.of(f), sources)).toList()));
    return members;
  }

  private static void printMembers(
      PrintStream out, Map<EntityId, List<Fragment>> byMember, Map<SourceId, Source> sources) {
    out.println(
        "  merged view of "
            + byMember.size()
            + " entities judged the same (see 'vigilance unmerge'):");
    byMember.forEach(
        (member, own) -> {
          out.println("    " + member);
          for (Fragment f : own) {
            out.println("        <- " + citation(Provenance.of(f), sources));
          }
        });
  }

  private static Map<String, Object> cite(Provenance p, Map<SourceId, Source> sources) {
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("source", p.source().value());
    Source source = sources.get(p.source());
    if (source != null) {
      cite.put("name", source.name());
      cite.put("sha256", source.blob().hash().hex());
      cite.put("grade", source.grade().name());
      cite.put("sensitivity", source.sensitivity().label());
      cite.put("collection", source.collection().value());
    }
    cite.put("locator", p.locator().value());
    cite.put("schema", p.schema());
    cite.put("recordedAt", p.recordedAt().toString());
    return cite;
  }

  private void print(PrintStream out, MergedEntity entity, Map<SourceId, Source> sources) {
    Schema schema = root.env.model().schema(entity.schema()).orElse(null);
    out.println(
        entity.schema() + " " + entity.id() + "  \"" + entity.caption(root.env.model()) + "\"");
    out.println(
        "  merged from "
            + entity.fragments().size()
            + " fragment(s) in "
            + entity.sources().size()
            + " source(s)"
            + (entity.schemaConflict()
                ? "; WARNING: the sources assert incompatible schemata"
                : ""));
    entity
        .properties()
        .forEach(
            (name, values) -> {
              Property property = schema == null ? null : schema.properties().get(name);
              out.println("  " + (property == null ? name : property.label() + " (" + name + ")"));
              for (MergedEntity.Value value : values) {
                out.println("    " + value.value());
                for (Provenance p : value.assertedBy()) {
                  out.println("        <- " + citation(p, sources));
                }
              }
            });
  }

  private static String citation(Provenance p, Map<SourceId, Source> sources) {
    Source source = sources.get(p.source());
    if (source == null) {
      return p.source() + " " + p.locator();
    }
    return source.name()
        + " "
        + p.locator()
        + "  ["
        + source.id()
        + ", "
        + source.grade()
        + ", "
        + source.sensitivity().label()
        + "]";
  }
}
