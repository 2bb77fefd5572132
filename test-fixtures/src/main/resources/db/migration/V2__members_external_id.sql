alter table members
    add constraint uq_members_external_id unique (external_id);
