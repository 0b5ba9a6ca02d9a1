package org.amparo.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An item of the monitoring checklist (reference data): the toolkit's forty, in its seven groups, loaded by the
 * migration, and the organisation's own ({@code custom}). Its key names it in the API and in the page's words; the
 * wording is the toolkit's English (and Spanish), which a page reads from its bundle for the toolkit's items.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    public static final int MAX_WORDING = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_key", nullable = false, length = 80, unique = true)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_group", nullable = false, length = 40)
    private ChecklistGroup group;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "wording", nullable = false, length = MAX_WORDING)
    private String wording;

    @Column(name = "wording_es", length = MAX_WORDING)
    private String wordingEs;

    @Column(name = "custom", nullable = false)
    private boolean custom;

    protected ChecklistItem() {
    }

    /** An organisation's own item, after the group's last one. */
    public static ChecklistItem custom(String itemKey, ChecklistGroup group, int position, String wording, String wordingEs) {
        ChecklistItem item = new ChecklistItem();
        item.itemKey = itemKey;
        item.group = group;
        item.position = position;
        item.wording = wording.strip();
        item.wordingEs = wordingEs == null || wordingEs.isBlank() ? null : wordingEs.strip();
        item.custom = true;
        return item;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ChecklistGroup getGroup() {
        return group;
    }

    public int getPosition() {
        return position;
    }

    public String getWording() {
        return wording;
    }

    public String getWordingEs() {
        return wordingEs;
    }

    public boolean isCustom() {
        return custom;
    }
}
