package com.example.realcode.devset;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** An annotated mapper: the SQL in @Insert / @Delete decides what each method writes, not its name. */
@Mapper
public interface TicketArchiveMapper {
    @Select("select count(*) from ticket where id = #{id}")
    int countById(@Param("id") long id);

    @Insert({"insert into ticket_archive (id, subject, closed_at)",
            "select id, subject, now() from ticket where id = #{id}"})
    int archive(@Param("id") long id);

    @Delete("delete from ticket where id = #{id}")
    int purge(@Param("id") long id);

    @Delete("delete from ticket_archive where closed_at < now() - interval 1 year")
    int expireArchive();
}
