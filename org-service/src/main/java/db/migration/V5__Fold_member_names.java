package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.tusoi.platform.text.VietnameseText;

/** Fills the search key of members that existed before it was introduced. */
public class V5__Fold_member_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select id, full_name from member where name_search = ''");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update member set name_search = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, VietnameseText.fold(rows.getString(2)));
                update.setBytes(2, rows.getBytes(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
