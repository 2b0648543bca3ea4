-- The final report of each programme (stage 6), kept as the printable DOCX with its figures.
create table nst_programme_report (
    id                  varchar(36)  not null primary key,
    process_instance_id varchar(64)  not null unique,
    school_name         varchar(300) not null,
    school_year         varchar(9)   not null,
    created_at          timestamp    not null,
    summary             text         not null,
    document            bytea        not null
);
