package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One of the words a school is found by ({@link SchoolWords}), with the school's sort name; the GIAS
 * import writes them beside the school. Read only in searches.
 */
@Entity
@Table(name = "school_word")
@IdClass(SchoolWord.Key.class)
public class SchoolWord {

    @Id
    private Integer urn;

    @Id
    private String word;

    @Column(name = "search_name")
    private String searchName;

    protected SchoolWord() {}

    public record Key(Integer urn, String word) implements Serializable {}
}
