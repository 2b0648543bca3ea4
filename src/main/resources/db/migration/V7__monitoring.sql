-- Monitoring (issue 5): each round keeps the key figures it computed (as JSON, read back by the dashboard and the
-- report) with its number within the school year, the curator's SWOT analysis and the director's review.
create table nst_monitoring_round (
    id                  varchar(36)  not null primary key,
    process_instance_id varchar(64)  not null unique,
    school_name         varchar(300) not null,
    school_year         varchar(9)   not null,
    round_number        integer      not null,
    kind                varchar(20)  not null,
    computed_at         timestamp    not null,
    figures             text         not null,
    strengths           text,
    weaknesses          text,
    opportunities       text,
    threats             text,
    status              varchar(20)  not null,
    review_comment      varchar(4000),
    reviewed_by         varchar(64),
    reviewed_at         timestamp,
    constraint uq_nst_monitoring_round unique (school_year, round_number),
    constraint ck_nst_monitoring_round_kind check (kind in ('SCHEDULED', 'ON_DEMAND')),
    constraint ck_nst_monitoring_round_status check (status in ('SWOT_PENDING', 'IN_REVIEW', 'RETURNED', 'ACCEPTED'))
);

-- The bank of successful practices (cases) the curator fills at a programme's close-out (stage 6).
create table nst_success_case (
    id                  varchar(36)   not null primary key,
    process_instance_id varchar(64)   not null,
    school_name         varchar(300)  not null,
    school_year         varchar(9)    not null,
    title               varchar(500)  not null,
    description         varchar(8000) not null,
    recorded_by         varchar(64)   not null,
    recorded_at         timestamp     not null
);
create index ix_nst_success_case_programme on nst_success_case (process_instance_id);
