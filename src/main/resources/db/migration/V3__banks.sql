-- The banks of the programme (001, appendix "forms"): the mentee bank and the mentor bank.
-- Plain SQL that runs on H2 2.x and PostgreSQL: varchar, text, date, int, boolean, timestamp.
create table nst_mentor (
    id                       varchar(36)   not null primary key,
    full_name                varchar(200)  not null,
    email                    varchar(254)  not null,
    phone                    varchar(50),
    workplace                varchar(500),
    competences              text,
    achievements             text,
    interests                text,
    preferred_mentee_profile varchar(1000),
    hours_per_month          int,
    entry_date               date,
    mentoring_form           varchar(100),
    mentees_workplace        varchar(500),
    end_date                 date,
    results                  text,
    case_link                varchar(1000),
    user_id                  varchar(64),
    from_mentee              boolean       default false not null,
    created_at               timestamp     not null,
    constraint uq_nst_mentor_email unique (email)
);

-- One row per tag, so a mentor can be found by a tag without parsing lists.
create table nst_mentor_tag (
    mentor_id varchar(36) not null,
    tag       varchar(50) not null,
    constraint pk_nst_mentor_tag primary key (mentor_id, tag),
    constraint fk_nst_mentor_tag_mentor foreign key (mentor_id) references nst_mentor (id) on delete cascade
);

create table nst_mentee (
    id               varchar(36)   not null primary key,
    full_name        varchar(200)  not null,
    email            varchar(254)  not null,
    phone            varchar(50),
    birth_year       int,
    main_request     text,
    subject          varchar(200),
    work_start_date  date          not null,
    experience_years int,
    entry_date       date,
    status           varchar(20)   default 'WAITING' not null,
    mentor_id        varchar(36),
    mentoring_form   varchar(100),
    mentor_workplace varchar(500),
    end_date         date,
    results          text,
    case_link        varchar(1000),
    completed        boolean       default false not null,
    created_at       timestamp     not null,
    constraint uq_nst_mentee_email unique (email),
    constraint ck_nst_mentee_status check (status in ('WAITING', 'IN_PAIR', 'COMPLETED', 'LEFT')),
    constraint fk_nst_mentee_mentor foreign key (mentor_id) references nst_mentor (id)
);

create index ix_nst_mentee_mentor on nst_mentee (mentor_id, status);
