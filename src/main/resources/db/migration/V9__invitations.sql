-- Invitation letters of the accounts the application creates (issue 15, account.Accounts): one row per letter, its
-- one-time link to set the password stored only as the SHA-256 of the token, written just before the letter leaves.
-- The letter's exactly-once key is 'account-invitation:<id>' in nst_sent_mail.
create table nst_account_invitation (
    id           varchar(36)  not null primary key,
    user_id      varchar(255) not null,
    school_id    varchar(64),
    requested_at timestamp    not null,
    token_hash   varchar(64),
    issued_at    timestamp,
    expires_at   timestamp,
    sent_at      timestamp,
    used_at      timestamp,
    constraint uq_nst_account_invitation_token unique (token_hash)
);

create index ix_nst_account_invitation_user on nst_account_invitation (user_id, requested_at);
