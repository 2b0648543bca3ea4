-- Orders (приказы): drafted without a number, numbered when the director signs them (per school and school year,
-- without gaps), kept with their printable DOCX and with what they say (request), to print the signed version.
-- Types chosen to mean the same on H2 2.x (demo) and PostgreSQL (tests, production): bytea is H2's alias of varbinary.
create table nst_order (
    id                  varchar(36)   not null primary key,
    school_name         varchar(300)  not null,
    school_year         varchar(9)    not null,
    number              integer,
    order_date          date          not null,
    kind                varchar(40)   not null,
    title               varchar(500)  not null,
    body                text          not null,
    signer_name         varchar(200),
    status              varchar(20)   not null,
    return_comment      varchar(2000),
    document            bytea         not null,
    request             text          not null,
    process_instance_id varchar(64),
    created_at          timestamp     not null,
    signed_at           timestamp,
    signed_by           varchar(64),
    constraint nst_order_number_unique unique (school_name, school_year, number),
    constraint nst_order_status_known check (status in ('DRAFT', 'SIGNED', 'RETURNED'))
);

create index nst_order_process_instance on nst_order (process_instance_id);

-- The last number given per school and year; incremented (and so row-locked) in the transaction inserting the order.
create table nst_order_counter (
    school_name varchar(300) not null,
    school_year varchar(9)   not null,
    last_number integer      not null,
    constraint nst_order_counter_pk primary key (school_name, school_year)
);
