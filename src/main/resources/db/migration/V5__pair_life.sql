-- The life of a pair (issue 4): a mentee proposed to a mentor waits for both consents and the order (PROPOSED);
-- mentees may sign in to give consent and feedback (user_id); the 30-day approval rule needs the approval date and,
-- when the director allowed a late approval, the reason. Consents, meetings, feedback and absences are legal records.
alter table nst_mentee drop constraint ck_nst_mentee_status;
alter table nst_mentee add constraint ck_nst_mentee_status check (status in ('WAITING', 'PROPOSED', 'IN_PAIR', 'COMPLETED', 'LEFT'));
alter table nst_mentee add column user_id varchar(64);
alter table nst_mentee add column mentor_approved_on date;
alter table nst_mentee add column late_approval_reason varchar(1000);

-- One row per person asked: the mentor and each mentee of a proposed pair or group.
create table nst_consent (
    pair_id     varchar(36)   not null,
    person_kind varchar(10)   not null,
    person_id   varchar(36)   not null,
    agreed      boolean       not null,
    comment     varchar(1000),
    recorded_by varchar(64)   not null,
    recorded_at timestamp     not null,
    constraint pk_nst_consent primary key (pair_id, person_kind, person_id),
    constraint ck_nst_consent_kind check (person_kind in ('MENTOR', 'MENTEE'))
);

create table nst_meeting (
    id          varchar(36)   not null primary key,
    pair_id     varchar(36)   not null,
    kind        varchar(20)   not null,
    held_on     date          not null,
    format      varchar(20)   not null,
    topic       varchar(500)  not null,
    outcome     varchar(4000) not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamp     not null,
    constraint ck_nst_meeting_kind check (kind in ('ACQUAINTANCE', 'TRIAL', 'PLANNING', 'JOINT_WORK', 'FINAL'))
);

create index ix_nst_meeting_pair on nst_meeting (pair_id, held_on);

-- Feedback on a joint-work meeting: one row per participant (the mentor, each mentee).
create table nst_feedback (
    meeting_id  varchar(36)   not null,
    person_kind varchar(10)   not null,
    person_id   varchar(36)   not null,
    rating      int           not null,
    comment     varchar(2000),
    recorded_by varchar(64)   not null,
    recorded_at timestamp     not null,
    constraint pk_nst_feedback primary key (meeting_id, person_kind, person_id),
    constraint ck_nst_feedback_rating check (rating between 1 and 5)
);

create table nst_absence (
    id          varchar(36)   not null primary key,
    pair_id     varchar(36)   not null,
    person_kind varchar(10)   not null,
    reason      varchar(20)   not null,
    first_day   date          not null,
    last_day    date          not null,
    comment     varchar(1000),
    recorded_by varchar(64)   not null,
    recorded_at timestamp     not null
);

create index ix_nst_absence_pair on nst_absence (pair_id);
