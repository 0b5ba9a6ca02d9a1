package org.amparo.casefile.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.amparo.audit.domain.Revision;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.CourtDate;
import org.amparo.people.domain.FamilyMember;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.PersonAlias;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.FieldChange;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads Envers revisions and turns them into field-level changes: for each revision of a record, every audited
 * field whose value differs from the record's previous revision. A case's history covers the case, its person and
 * everything hanging off them.
 */
@Dependent
public class AuditedChanges {

    @PersistenceContext
    EntityManager em;

    public AuditedChanges() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public AuditedChanges(EntityManager em) {
        this.em = em;
    }

    /** Every change to the case's records, oldest first; privileged notes only when {@code privileged}. */
    public List<FieldChange> ofCase(DetentionCase c, boolean privileged) {
        AuditReader reader = AuditReaderFactory.get(em);
        long caseId = c.getId();
        long personId = c.getPerson().getId();
        List<FieldChange> changes = new ArrayList<>();
        changes.addAll(changes(reader, DetentionCase.class, AuditEntity.id().eq(caseId), r -> true));
        changes.addAll(changes(reader, Person.class, AuditEntity.id().eq(personId), r -> true));
        changes.addAll(changes(reader, PersonAlias.class, AuditEntity.relatedId("person").eq(personId), r -> true));
        changes.addAll(changes(reader, FamilyMember.class, AuditEntity.relatedId("person").eq(personId), r -> true));
        List<FieldChange> arrests = changes(reader, Arrest.class, AuditEntity.relatedId("person").eq(personId), r -> true);
        changes.addAll(arrests);
        List<Long> arrestIds = arrests.stream().map(FieldChange::recordId).distinct().toList();
        if (!arrestIds.isEmpty()) {
            changes.addAll(changes(reader, Charge.class, AuditEntity.relatedId("arrest").in(arrestIds.toArray()), r -> true));
            changes.addAll(changes(reader, CourtDate.class, AuditEntity.relatedId("arrest").in(arrestIds.toArray()), r -> true));
        }
        changes.addAll(changes(reader, Detainer.class, AuditEntity.relatedId("detentionCase").eq(caseId), r -> true));
        changes.addAll(changes(reader, CaseNote.class, AuditEntity.relatedId("detentionCase").eq(caseId),
                note -> privileged || !((CaseNote) note).isPrivileged()));
        changes.addAll(changes(reader, CaseDocument.class, AuditEntity.relatedId("detentionCase").eq(caseId), r -> true));
        changes.addAll(changes(reader, org.amparo.stories.domain.Story.class, AuditEntity.property("caseId").eq(caseId), r -> true));
        changes.sort(Comparator.comparingLong(FieldChange::revision).thenComparing(FieldChange::record));
        return changes;
    }

    /**
     * Refuses a save made from an older version of a record ({@code expected}, the version the user read), naming what
     * somebody else changed since: the one rule of every versioned editor.
     *
     * @throws org.amparo.shared.domain.EditConflictException when the record is now at another version
     */
    public void requireVersion(Class<?> type, Object id, int current, int expected, String record) {
        if (current != expected) {
            throw new org.amparo.shared.domain.EditConflictException(record, current, since(type, id, expected));
        }
    }

    /** What changed in one record after the version a user started from: the other person's edits. */
    public List<FieldChange> since(Class<?> type, Object id, int version) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<FieldChange> out = new ArrayList<>();
        Map<Long, Integer> versionAtRevision = new HashMap<>();
        List<FieldChange> all = changes(reader, type, AuditEntity.id().eq(id), r -> true, versionAtRevision);
        for (FieldChange change : all) {
            Integer v = versionAtRevision.get(change.revision());
            if (v != null && v > version) {
                out.add(change);
            }
        }
        return out;
    }

    private List<FieldChange> changes(AuditReader reader, Class<?> type, AuditCriterion which, Predicate<Object> visible) {
        return changes(reader, type, which, visible, new HashMap<>());
    }

    @SuppressWarnings("unchecked")
    private List<FieldChange> changes(AuditReader reader, Class<?> type, AuditCriterion which, Predicate<Object> visible,
                                      Map<Long, Integer> versionAtRevision) {
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(which).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Field> fields = auditedFields(type);
        Map<Long, Map<String, String>> previous = new HashMap<>();
        Map<Long, Boolean> hidden = new HashMap<>();
        List<FieldChange> out = new ArrayList<>();
        for (Object[] row : rows) {
            Object entity = row[0];
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Long id = (Long) read(idField(type), entity);
            if (kind != RevisionType.DEL) {
                hidden.put(id, !visible.test(entity));
                Object version = versionField(type) == null ? null : read(versionField(type), entity);
                if (version instanceof Integer v) {
                    versionAtRevision.put(revision.getId(), v);
                }
            }
            if (Boolean.TRUE.equals(hidden.get(id))) {
                continue;
            }
            Map<String, String> now = kind == RevisionType.DEL ? Map.of() : snapshot(fields, entity);
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            String record = type.getSimpleName();
            if (kind == RevisionType.DEL) {
                out.add(new FieldChange(revision.getId(), revision.getOccurredAt().toInstant(), revision.getActor(),
                        record, id, "deleted", "", "yes"));
            } else {
                for (Map.Entry<String, String> field : now.entrySet()) {
                    String old = before.getOrDefault(field.getKey(), "");
                    if (!Objects.equals(old, field.getValue())) {
                        out.add(new FieldChange(revision.getId(), revision.getOccurredAt().toInstant(),
                                revision.getActor(), record, id, field.getKey(), old, field.getValue()));
                    }
                }
            }
            previous.put(id, now);
        }
        return out;
    }

    private static Map<String, String> snapshot(List<Field> fields, Object entity) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            values.put(f.getName(), display(read(f, entity)));
        }
        return values;
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof ANumber a) {
            return a.formatted();
        }
        if (value instanceof Facility f) {
            return f.getName();
        }
        if (value instanceof IceDocumentForm form) {
            return form.getCode();
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = items.stream().map(AuditedChanges::display).sorted().toList();
            return String.join("; ", texts);
        }
        return value.toString();
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The fields a user sees change: audited columns, element collections and references to reference data. */
    private static List<Field> auditedFields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Field f : t.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Id.class)
                        || f.isAnnotationPresent(Version.class) || f.isAnnotationPresent(NotAudited.class)
                        || f.isAnnotationPresent(OneToMany.class)) {
                    continue;
                }
                boolean reference = f.isAnnotationPresent(ManyToOne.class)
                        && Set.of(Facility.class, IceDocumentForm.class).contains(f.getType());
                if (f.isAnnotationPresent(Column.class) || f.isAnnotationPresent(ElementCollection.class) || reference
                        || f.isAnnotationPresent(jakarta.persistence.Enumerated.class)) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return fields;
        });
    }

    private static Field idField(Class<?> type) {
        return annotated(type, Id.class);
    }

    private static Field versionField(Class<?> type) {
        return annotated(type, Version.class);
    }

    private static Field annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(annotation)) {
                f.setAccessible(true);
                return f;
            }
        }
        return null;
    }

    private static Object read(Field f, Object entity) {
        try {
            return f.get(org.hibernate.Hibernate.unproxy(entity));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
