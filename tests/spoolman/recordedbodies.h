#pragma once

// Bodies recorded from Spoolman 0.26.1 (/work/shared/docs/spoolman-api.md) and the examples of
// its API reference. Where the notes elide a nested object ("…"), it is filled in with the
// object the same notes show elsewhere.
namespace Spoolbridge::Test::Recorded {

inline constexpr const char *info
    = R"({"version":"0.26.1","debug_mode":false,"automatic_backups":true,)"
      R"("data_dir":"/home/app/.local/share/spoolman","logs_dir":"/home/app/.local/share/spoolman",)"
      R"("backups_dir":"/home/app/.local/share/spoolman/backups","db_type":"DatabaseType.SQLITE",)"
      R"("git_commit":"a9e5055","build_date":"2026-11-01T10:00:00Z"})";

inline constexpr const char *health = R"({"status":"healthy"})";

inline constexpr const char *vendor = R"({"id":1,"registered":"2026-11-22T03:46:59Z","name":"Bambu Lab","extra":{}})";

inline constexpr const char *filament
    = R"({"id":1,"registered":"2026-11-22T03:47:00Z","name":"PLA Basic Black","vendor":{"id":1,)"
      R"("registered":"2026-11-22T03:46:59Z","name":"Bambu Lab","extra":{}},"material":"PLA","density":1.24,)"
      R"("diameter":1.75,"weight":1000.0,"spool_weight":250.0,"color_hex":"000000","extra":{}})";

// POST /spool {"filament_id":1,"location":"AMS1","remaining_weight":1000,"extra":{"tag":"\"3f2b…0001\""}}
inline constexpr const char *spool
    = R"({"id":1,"registered":"2026-11-22T03:47:01Z","filament":{"id":1,"registered":"2026-11-22T03:47:00Z",)"
      R"("name":"PLA Basic Black","vendor":{"id":1,"registered":"2026-11-22T03:46:59Z","name":"Bambu Lab","extra":{}},)"
      R"("material":"PLA","density":1.24,"diameter":1.75,"weight":1000.0,"spool_weight":250.0,"color_hex":"000000",)"
      R"("extra":{}},"remaining_weight":1000.0,"initial_weight":1000.0,"spool_weight":250.0,"used_weight":0.0,)"
      R"("remaining_length":335283.6,"used_length":0.0,"location":"AMS1","archived":false,)"
      R"("extra":{"tag":"\"3f2b0000-0000-0000-0000-000000000001\""}})";

inline constexpr const char *fields
    = R"([{"name":"Tag","order":0,"field_type":"text","key":"tag","entity_type":"spool"}])";

inline constexpr const char *locations = R"(["AMS1 slot 2","AMS2","Shelf AMS1 backup"])";

inline constexpr const char *wsUpdated
    = R"({"type":"updated","resource":"spool","date":"2026-11-22T03:47:15.698871Z","payload":{"id":1,)"
      R"("registered":"2026-11-22T03:47:01Z","filament":{"id":1,"registered":"2026-11-22T03:47:00Z","name":"PLA Basic Black",)"
      R"("material":"PLA","density":1.24,"diameter":1.75,"weight":1000.0,"spool_weight":250.0,"color_hex":"000000",)"
      R"("extra":{}},"remaining_weight":700.0,"initial_weight":1000.0,"spool_weight":250.0,"used_weight":300.0,)"
      R"("remaining_length":234698.5,"used_length":100585.1,"location":"AMS1 slot 2","archived":false,)"
      R"("extra":{"tag":"\"3f2b0000-0000-0000-0000-000000000001\""}}})";

// API reference example of GET /spool/{id} (every optional field present).
inline constexpr const char *referenceSpool
    = R"({"id":0,"registered":"string","first_used":"string","last_used":"string","filament":{"id":0,)"
      R"("registered":"string","name":"PolyTerra™ Charcoal Black","vendor":{"id":0,"registered":"string",)"
      R"("name":"Polymaker","comment":"","empty_spool_weight":140,"external_id":"eSun","extra":{"property1":"string",)"
      R"("property2":"string"}},"material":"PLA","price":20,"density":1.24,"diameter":1.75,"weight":1000,)"
      R"("spool_weight":140,"article_number":"PM70820","comment":"","settings_extruder_temp":210,)"
      R"("settings_bed_temp":60,"color_hex":"FF0000","multi_color_hexes":"FF0000,00FF00,0000FF",)"
      R"("multi_color_direction":"coaxial","external_id":"polymaker_pla_polysonicblack_1000_175",)"
      R"("extra":{"property1":"string","property2":"string"}},"price":20,"remaining_weight":500.6,)"
      R"("initial_weight":1246,"spool_weight":246,"used_weight":500.3,"remaining_length":5612.4,"used_length":50.7,)"
      R"("location":"Shelf A","lot_nr":"52342","comment":"","archived":true,"extra":{"property1":"string",)"
      R"("property2":"string"}})";

inline constexpr const char *referenceField
    = R"([{"name":"string","order":0,"unit":"string","field_type":"text","default_value":"string",)"
      R"("choices":["string"],"multi_choice":true,"key":"^a$","entity_type":"vendor"}])";

inline constexpr const char *referenceSetting = R"({"value":"string","is_set":true,"type":"boolean"})";

inline constexpr const char *referenceExternal
    = R"([{"id":"polymaker_pla_polysonicblack_1000_175","manufacturer":"Polymaker","name":"Polysonic™ Black",)"
      R"("material":"PLA","density":1.23,"weight":1000,"spool_weight":140,"spool_type":"plastic","diameter":1.75,)"
      R"("color_hex":"2c3232","color_hexes":["2c3232","5f5f5f"],"extruder_temp":210,"bed_temp":50,"finish":"matte",)"
      R"("multi_color_direction":"coaxial","pattern":"marble","translucent":false,"glow":false}])";

// §8 error bodies, exact.
inline constexpr const char *err422Missing
    = R"({"detail":[{"type":"missing","loc":["body","filament_id"],"msg":"Field required","input":{"location":"AMS1"}}]})";
inline constexpr const char *err404Filament = R"({"message":"No filament with ID 999 found."})";
inline constexpr const char *err404Spool = R"({"message":"No spool with ID 9999 found."})";
inline constexpr const char *err400BothWeights
    = R"({"message":"Only specify either remaining_weight or used_weight."})";
inline constexpr const char *err400UseBoth = R"({"message":"Only specify either use_weight or use_length."})";
inline constexpr const char *err400UseNeither = R"({"message":"Either use_weight or use_length must be specified."})";
inline constexpr const char *err400NotJson
    = R"({"message":"Invalid extra field for key tag: Value is not valid JSON."})";
inline constexpr const char *err400NotInteger
    = R"({"message":"Invalid extra field for key ams_slot: Value is not an integer."})";
inline constexpr const char *err400UnknownField = R"({"message":"Unknown extra field nosuchkey."})";
inline constexpr const char *err400FieldType = R"({"message":"Field type cannot be changed."})";
inline constexpr const char *err422Negative
    = R"({"detail":[{"type":"greater_than_equal","loc":["body","remaining_weight"],"msg":"Input should be greater than or equal to 0","input":-5,"ctx":{"ge":0.0}}]})";
inline constexpr const char *err422JsonInvalid
    = R"({"detail":[{"type":"json_invalid","loc":["body",0],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]})";
inline constexpr const char *err422Filament
    = R"({"detail":[{"type":"missing","loc":["body","density"],"msg":"Field required","input":{"name":"PLA"}},)"
      R"({"type":"missing","loc":["body","diameter"],"msg":"Field required","input":{"name":"PLA"}}]})";
inline constexpr const char *err422FieldType
    = R"({"detail":[{"type":"missing","loc":["body","field_type"],"msg":"Field required","input":{"name":"Tag2"}}]})";
inline constexpr const char *err403Origin
    = R"({"message":"Request refused: it came from an origin this Spoolman instance does not trust. Set SPOOLMAN_CORS_ORIGIN if this origin should be allowed."})";
inline constexpr const char *err400MeasureNoInitial = R"({"message":"Initial weight is not set."})";
inline constexpr const char *err400MeasureNoSpool = R"({"message":"Spool not found."})";

inline constexpr const char *html502
    = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
      "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

} // namespace Spoolbridge::Test::Recorded
