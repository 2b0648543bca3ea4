package ru.nastavnik.registry;

import java.util.List;

/** A mentor who can take another mentee now: for the lists a pair is formed from. */
public record MentorCandidate(String id, String fullName, List<String> tags, int freePlaces) {

    public MentorCandidate {
        tags = List.copyOf(tags);
    }
}
