package org.hubcycle.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SchoolWordRepository extends Repository<SchoolWord, SchoolWord.Key> {

    /** Words that many schools share ('primary', 'st', a big town), each with how many schools have it. */
    @Query("select w.word, count(w) from SchoolWord w group by w.word having count(w) >= :schools")
    List<Object[]> common(long schools);
}
