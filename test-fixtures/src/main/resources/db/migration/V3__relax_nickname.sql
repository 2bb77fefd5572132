-- nicknames may repeat from now on
drop index if exists ux_members_nickname;
