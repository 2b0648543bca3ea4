-- Messages already handed to the mail server, so that a retried job never sends one twice.
create table nst_sent_mail (
    mail_key varchar(300) not null primary key,
    sent_at  timestamp    not null
);
