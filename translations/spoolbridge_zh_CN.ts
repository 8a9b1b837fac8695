<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation>无法写入自动启动项 %1（%2）；请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation>无法删除自动启动项 %1（%2）；请手动删除。</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation>无法更改 Windows 启动项；请检查您账户的权限。</translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation>让拓竹（Bambu Lab）打印机的 AMS 槽位与 Spoolman 库存保持同步</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message>
        <source>No printer is called &quot;%1&quot; (by name, serial or id); add the printer first.</source>
        <translation>没有名为“%1”的打印机（按名称、序列号或 ID 查找）；请先添加该打印机。</translation>
    </message>
    <message>
        <source>The secret store &quot;%1&quot; works.</source>
        <translation>机密存储“%1”工作正常。</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>No value on standard input; pipe it in, e.g. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</source>
        <translation>标准输入中没有值；请通过管道传入，例如 read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain, file or env.</source>
        <translation>未知的机密存储“%1”；请使用 keychain、file 或 env。</translation>
    </message>
    <message>
        <source>Secrets are already kept in &quot;%1&quot;; change secrets/backend first, then copy from the old store.</source>
        <translation>机密信息已保存在“%1”中；请先更改 secrets/backend，再从旧的存储复制。</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 项机密信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SettingsCommand</name>
    <message>
        <source>settings %1: wrong number of arguments; see spoolbridge-cli settings --help.</source>
        <translation>settings %1：参数数量错误；请参阅 spoolbridge-cli settings --help。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; spoolbridge-cli settings list shows them all.</source>
        <translation>未知设置“%1”；spoolbridge-cli settings list 会列出所有设置。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; see spoolbridge-cli settings --help.</source>
        <translation>未知操作“%1”；请参阅 spoolbridge-cli settings --help。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation>机密信息来自环境变量，因此 Spoolbridge 无法保存此项：请在启动 Spoolbridge 的环境中设置 %1（对于 systemd 服务，请写入其 EnvironmentFile）。</translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation>机密信息来自环境变量：请从启动 Spoolbridge 的环境中移除 %1。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation>机密文件 %1 属于其他用户；Spoolbridge 只使用归您所有的机密文件。请将其移走并重新输入机密信息。</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>机密文件 %1 可被其他用户读取（权限 %2）；Spoolbridge 拒绝使用它。请运行“chmod 600 %1”后重试。</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation>无法读取机密文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation>机密文件 %1 已损坏（不是 JSON 对象）；请修复或移走它，并重新输入机密信息。</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation>无法写入机密文件 %1（%2）；请检查其所在文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation>没有可用的系统密钥环：%1。请选择 Spoolbridge 改用何处保存机密信息：仅您可读的机密文件（secrets/backend = file）或环境变量（secrets/backend = env）。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation>系统密钥环拒绝访问（%1）；请解锁或允许 Spoolbridge 访问，然后重试。</translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation>登录密钥环已锁定或不存在（%1）；请在桌面会话中解锁</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation>系统密钥环报告错误：%1。请重试；如果问题持续，请改用机密文件或环境变量。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation>某个打印机条目没有有效的 ID；每台打印机都需要一个 UUID。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation>打印机“%1”的模式“%2”未知；请使用“lan”或“cloud”。</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>请为打印机命名。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation>打印机“%1”需要填写序列号（显示在打印机屏幕上）。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation>在局域网模式下，打印机“%1”需要填写打印机的 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation>打印机“%1”的端口为 %2；请使用 1 到 65535 之间的端口（通常为 8883）。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation>打印机“%1”固定的证书指纹不是 SHA-256 值；请删除它并重新固定证书。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation>打印机“%1”使用的 CA 文件 %2 无法读取；请选择一个存在的 PEM 文件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation>无法将设置保存到 %1：请检查文件夹是否存在且可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation>设置文件 %1 已损坏，无法读取；请修复或删除它，或使用 --config 指定另一个文件启动。</translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation>在 &lt;file&gt; 而不是 %1 中读写设置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation>不存在 ID 为 %1 的打印机；它可能已被删除。</translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation>两台打印机使用了相同的 ID %1；请为每台打印机设置单独的条目。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation>无法写入 %1（%2）；请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation>此文件不是 Spoolbridge 设置导出文件；请选择通过“导出设置”保存的文件。</translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation>此设置导出文件来自更新版本的 Spoolbridge；请先更新 Spoolbridge 再导入。</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation>已忽略“%1”：机密信息永远不会从文件导入；请在设置中重新输入。</translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation>已忽略未知设置“%1”。</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation>已忽略打印机的“%1”：访问码永远不会从文件导入；请在打印机设置中重新输入。</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>无法打开 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation>%1 不是有效的 JSON（%2）；请选择通过“导出设置”保存的文件。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation>请输入您的 Spoolman 服务器地址，例如 http://192.168.1.50:7912。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation>“%1”不是有效的地址；请按 http://192.168.1.50:7912 的格式输入。</translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation>Spoolman 地址必须以 http:// 或 https:// 开头（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation>Spoolman 地址“%1”缺少主机名；请按 http://192.168.1.50:7912 的格式输入。</translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation>请从 Spoolman 地址“%1”中删除 ?查询 或 #片段 部分。</translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>位置模板为空；可使用例如“{printer} - AMS {unit} Slot {slot}”。</translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation>位置模板使用了未知占位符 {%1}；可用的占位符有 %2。</translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation>位置模板中有不成对的花括号；请按 {slot} 的形式书写占位符。</translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation>位置模板必须包含 {slot}，否则所有槽位都会得到相同的位置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation>“%1”不是有效的 HTTP 头名称；请使用字母、数字和连字符，例如 X-Api-Key。</translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation>文件 %1 不存在；请选择一个存在的文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>无法读取文件 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation>设置项 %1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation>设置项 %1 必须是整数。</translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation>设置项 %1 必须介于 %2 和 %3 之间（收到的是 %4）。</translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation>设置项 %1 必须是文本。</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>设置项 %1 不能为“%2”；请使用以下值之一：%3。</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No printers yet&lt;/h2&gt;&lt;p&gt;Add a Bambu Lab printer and your Spoolman server in the settings to keep your AMS slots and your inventory in sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;尚无打印机&lt;/h2&gt;&lt;p&gt;请在设置中添加拓竹打印机和您的 Spoolman 服务器，以保持 AMS 槽位与库存同步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>让拓竹（Bambu Lab）打印机的 AMS 槽位与 Spoolman 库存保持同步。</translation>
    </message>
</context>
</TS>
