-- Questionnaires (issue 5): the definitions are files (questionnaires/*.json); each distinct content is kept here under
-- its SHA-256, so an answer always refers to the exact questions it answered.
create table nst_questionnaire_version (
    hash             varchar(64)  not null primary key,
    questionnaire_id varchar(100) not null,
    title            varchar(300) not null,
    definition       text         not null,
    loaded_at        timestamp    not null
);

-- One sending: the entry or exit questionnaire of a pair, or the satisfaction questionnaire of a programme.
-- round_key names it for good (ENTRY:<pair>, EXIT:<pair>, SATISFACTION:<programme instance>), so a retry opens none twice.
create table nst_questionnaire_round (
    id          varchar(36)  not null primary key,
    round_key   varchar(200) not null,
    kind        varchar(20)  not null,
    school_year varchar(9)   not null,
    school_name varchar(300),
    pair_id     varchar(36),
    opened_at   timestamp    not null,
    reminder_at timestamp    not null,
    closes_at   timestamp    not null,
    closed_at   timestamp,
    constraint uq_nst_questionnaire_round_key unique (round_key),
    constraint ck_nst_questionnaire_round_kind check (kind in ('ENTRY', 'EXIT', 'SATISFACTION'))
);

create index ix_nst_questionnaire_round_year on nst_questionnaire_round (school_year, kind);

-- One person asked in a round, with the version of the questionnaire they are asked; answered once.
create table nst_questionnaire_invitation (
    id           varchar(36)  not null primary key,
    round_id     varchar(36)  not null,
    version_hash varchar(64)  not null,
    role         varchar(10)  not null,
    person_id    varchar(36)  not null,
    person_name  varchar(300) not null,
    pair_id      varchar(36),
    form_nonce   varchar(64)  not null,
    expires_at   timestamp    not null,
    sent_at      timestamp,
    answered_at  timestamp,
    constraint fk_nst_questionnaire_invitation_round foreign key (round_id) references nst_questionnaire_round (id),
    constraint fk_nst_questionnaire_invitation_version foreign key (version_hash) references nst_questionnaire_version (hash),
    constraint uq_nst_questionnaire_invitation unique (round_id, role, person_id),
    constraint ck_nst_questionnaire_invitation_role check (role in ('MENTOR', 'MENTEE'))
);

-- The personal links mailed for an invitation (the first letter, a reminder): only the SHA-256 of each random token.
create table nst_questionnaire_link (
    token_hash    varchar(64)  not null primary key,
    invitation_id varchar(36)  not null,
    issued_at     timestamp    not null,
    constraint fk_nst_questionnaire_link_invitation foreign key (invitation_id) references nst_questionnaire_invitation (id)
);

create index ix_nst_questionnaire_link_invitation on nst_questionnaire_link (invitation_id);

-- The answers: one row per question, several for a multiple choice (item_no 0, 1, …).
create table nst_questionnaire_answer (
    invitation_id varchar(36)   not null,
    question_id   varchar(100)  not null,
    item_no       int           not null,
    answer        varchar(8000) not null,
    constraint pk_nst_questionnaire_answer primary key (invitation_id, question_id, item_no),
    constraint fk_nst_questionnaire_answer_invitation foreign key (invitation_id) references nst_questionnaire_invitation (id)
);
