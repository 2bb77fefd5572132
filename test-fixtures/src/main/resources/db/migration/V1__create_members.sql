-- Members: see com.example.signup.domain.Member
create table members (
    id           bigserial primary key,
    email        varchar(320) not null,
    username     varchar(64)  not null,
    external_id  varchar(64),
    nickname     varchar(64),
    phone_number varchar(32) constraint uq_members_phone unique,
    active       boolean      not null default true
);

create unique index ux_members_nickname on members (lower(nickname));
