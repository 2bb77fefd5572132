package io.github.raceguard.datalayer;

import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How DataLayer classifies the data layers real projects use (MyBatis by package / XML, wrappers with a body). */
class DataLayerRealCodeTest {

    @TempDir
    Path dir;

    private static final String ROW = "package shop.domain; public class Row { Integer id; int qty; }";
    private static final String CALLER = """
            package shop.web;
            import shop.dao.*; import shop.domain.Row; import shop.other.*;
            class Caller {
                RowMapper rows; XmlOnlyMapper xmlRows; PlainDao plain; RowService service;
                void run(Row r) {
                    rows.selectByPrimaryKey(1);
                    rows.updateByPrimaryKeySelective(r);
                    rows.countByExample(null);
                    rows.logicalDeleteByPrimaryKey(1);
                    xmlRows.bumpQty(1, 2);
                    xmlRows.overwriteQty(1, 2);
                    xmlRows.retable(1);
                    plain.selectByPrimaryKey(1);
                    service.updateById(r);
                }
            }
            """;

    private ProjectModel model(String scanned) throws Exception {
        return ModelFixtures.model(dir, Map.of(
                "shop/domain/Row.java", ROW,
                "shop/App.java", "package shop; @org.mybatis.spring.annotation.MapperScan(\"" + scanned + "\") class App {}",
                "shop/dao/RowMapper.java", """
                        package shop.dao; import shop.domain.Row;
                        public interface RowMapper { Row selectByPrimaryKey(Integer id); int updateByPrimaryKeySelective(Row row);
                            long countByExample(Object example); int logicalDeleteByPrimaryKey(Integer id); }
                        """,
                "shop/other/XmlOnlyMapper.java", """
                        package shop.other;
                        public interface XmlOnlyMapper { int bumpQty(Integer id, int n); int overwriteQty(Integer id, int q); int retable(Integer id); }
                        """,
                "shop/other/PlainDao.java", "package shop.other; import shop.domain.Row; public interface PlainDao { Row selectByPrimaryKey(Integer id); }",
                "shop/dao/RowService.java", """
                        package shop.dao; import shop.domain.Row;
                        public class RowService { RowMapper rows; public int updateById(Row r) { return rows.updateByPrimaryKeySelective(r); } }
                        """,
                "shop/web/Caller.java", CALLER),
                Map.of("mappers/XmlOnlyMapper.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <mapper namespace="shop.other.XmlOnlyMapper">
                          <update id="bumpQty">update row <set> qty = qty + #{n}, update_time = now() </set> where id = #{id}</update>
                          <update id="overwriteQty">update row <set><if test="q != null">qty = #{q},</if></set> where id = #{id}</update>
                          <update id="retable">alter table row add column note varchar(10)</update>
                        </mapper>
                        """));
    }

    private Optional<DataLayer.Access> classify(ProjectModel model, String call) {
        MethodCallExpr found = model.types().sourceType("shop.web.Caller").orElseThrow().findAll(MethodCallExpr.class).stream()
                .filter(c -> c.toString().equals(call)).findFirst().orElseThrow(() -> new AssertionError(call));
        return model.dataLayer().classify(found);
    }

    @Test
    void mapperScanPackagesXmlNamespacesAndGeneratorNamesDecide() throws Exception {
        ProjectModel model = model("shop.d*");
        assertEquals(DataLayer.Kind.READ, classify(model, "rows.selectByPrimaryKey(1)").orElseThrow().kind());
        assertEquals("shop.domain.Row", classify(model, "rows.selectByPrimaryKey(1)").orElseThrow().entity().name());
        assertEquals(DataLayer.Kind.SAVE, classify(model, "rows.updateByPrimaryKeySelective(r)").orElseThrow().kind());
        assertEquals(DataLayer.Kind.COUNT, classify(model, "rows.countByExample(null)").orElseThrow().kind());
        assertEquals(DataLayer.Kind.DELETE, classify(model, "rows.logicalDeleteByPrimaryKey(1)").orElseThrow().kind());
        // found through its XML namespace, outside the scanned package; <set> keeps its keyword
        assertEquals(DataLayer.Kind.ATOMIC_UPDATE, classify(model, "xmlRows.bumpQty(1, 2)").orElseThrow().kind());
        assertEquals(DataLayer.Kind.BULK_UPDATE, classify(model, "xmlRows.overwriteQty(1, 2)").orElseThrow().kind());
        assertTrue(classify(model, "xmlRows.retable(1)").isEmpty(), "DDL in an <update> writes no row");
        // neither scanned, nor annotated, nor in an XML namespace: not a mapper
        assertTrue(classify(model, "plain.selectByPrimaryKey(1)").isEmpty());
        // a class method with a body is a helper, whatever its name
        assertTrue(classify(model, "service.updateById(r)").isEmpty());
    }

    @Test
    void aScanPatternOnlyCoversTheMatchingPackages() throws Exception {
        ProjectModel model = model("shop.**.nothing");
        assertTrue(classify(model, "rows.selectByPrimaryKey(1)").isEmpty());
        assertEquals(DataLayer.Kind.ATOMIC_UPDATE, classify(model, "xmlRows.bumpQty(1, 2)").orElseThrow().kind());
    }

    @Test
    void compareAndSetUpdatesAreAtomic() {
        assertTrue(SqlUpdates.isAtomic("update t_order set status = :status, update_time = :now where id = :id and update_time = :previous"));
        assertTrue(SqlUpdates.isAtomic("update t_order set status = 'PAID' where id = :id and status = 'NEW'"));
        assertFalse(SqlUpdates.isAtomic("update t_order set status = :status, id = :id where id = :id"));
        assertFalse(SqlUpdates.isAtomic("update t_order set status = :status where id = :id and owner = :owner"));
    }
}
