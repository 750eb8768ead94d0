<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gl" sourcelanguage="en">
<context>
    <name>AddServerDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/add_server.py" line="+30"/>
        <source>Add New Server</source>
        <translation>Engadir novo servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Enderezo do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name, IP address or https://host:port</source>
        <translation>nome do equipo, enderezo IP ou https://equipo:porto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>Nome de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password</source>
        <translation>Lembrar o contrasinal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure keyring is available on this system, so the password is asked for each time; it is never written to disk.</source>
        <translation>Non hai ningún chaveiro seguro neste sistema, así que o contrasinal pídese cada vez; nunca se garda no disco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Engadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with http</source>
        <translation>Conectar con http</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasinal:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The address is not valid: {0}</source>
        <translation>O enderezo non é válido: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a user name.</source>
        <translation>Escribe un nome de usuario.</translation>
    </message>
</context>
<context>
    <name>AlertLevel</name>
    <message>
        <location filename="../../xencenter/core/alert_level.py" line="+40"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>AlertTitles</name>
    <message>
        <location filename="../../xencenter/core/alert_titles.py" line="+9"/>
        <source>VM started</source>
        <translation>MV iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM shut down</source>
        <translation>MV apagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM rebooted</source>
        <translation>MV reiniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM suspended</source>
        <translation>MV suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM resumed</source>
        <translation>MV retomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM paused</source>
        <translation>MV en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM unpaused</source>
        <translation>MV sen pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM crashed</source>
        <translation>A MV fallou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM cloned</source>
        <translation>MV clonada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot taken</source>
        <translation>Instantánea tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM migrated</source>
        <translation>MV migrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance alarm</source>
        <translation>Alarma de rendemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server failed (high availability)</source>
        <translation>Fallou un servidor (alta dispoñibilidade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server fenced (high availability)</source>
        <translation>Servidor illado (alta dispoñibilidade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-availability statefile lost</source>
        <translation>Perdeuse o ficheiro de estado da alta dispoñibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool overcommitted (high availability)</source>
        <translation>Pool sobrecomprometido (alta dispoñibilidade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected VM could not restart</source>
        <translation>Non se puido reiniciar unha MV protexida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pool master</source>
        <translation>Novo mestre do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server clock skew</source>
        <translation>Desfase do reloxo do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expires soon</source>
        <translation>A licenza caduca axiña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expired</source>
        <translation>A licenza caducou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-availability plan changed</source>
        <translation>Cambiou o plan da alta dispoñibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson step failed</source>
        <translation>Fallou un paso da lección</translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <location filename="../../xencenter/ui/panes/alerts.py" line="+64"/>
        <location line="+4"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Obxecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority {0}</source>
        <translation>Prioridade {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Descoñecido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the selected alerts</source>
        <translation>Descartar as alertas seleccionadas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select one or more alerts.</source>
        <translation>Selecciona unha ou máis alertas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dismissing alert &apos;{0}&apos;</source>
        <translation>Descartando a alerta &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/trust.py" line="+15"/>
        <source>New Server Certificate</source>
        <translation>Novo certificado do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {0} is not known yet. Trust it?</source>
        <translation>O certificado de {0} aínda non se coñece. Confiar nel?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server Certificate Changed</source>
        <translation>Cambiou o certificado do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {0} has CHANGED since the last connection. This can mean someone is intercepting the connection. Trust the new certificate?</source>
        <translation>O certificado de {0} CAMBIOU desde a última conexión. Isto pode significar que alguén está a interceptar a conexión. Confiar no novo certificado?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint:
{0}</source>
        <translation>Pegada SHA-256:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previously trusted:
{0}</source>
        <translation>Antes confiábase en:
{0}</translation>
    </message>
</context>
<context>
    <name>CommandUi</name>
    <message>
        <location filename="../../xencenter/ui/commandui.py" line="+76"/>
        <source>&amp;Don&apos;t ask me again</source>
        <translation>&amp;Non preguntar máis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t ask me again</source>
        <translation>Non preguntar máis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can turn this question back on in Tools &gt; Options.</source>
        <translation>Podes volver activar esta pregunta en Ferramentas &gt; Opcións.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../xencenter/core/commands/base.py" line="+244"/>
        <source>Nothing is selected.</source>
        <translation>Non hai nada seleccionado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../xencenter/core/pool_join.py" line="+69"/>
        <location line="+22"/>
        <source>Not connected to {0}.</source>
        <translation>Sen conexión con {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/connection.py" line="+130"/>
        <source>Add Server...</source>
        <translation>Engadir servidor...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The server is not connected.</source>
        <translation>O servidor non está conectado.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The server is already connected.</source>
        <translation>O servidor xa está conectado.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{0} does not answer https; it speaks only plain http (unencrypted) on this port. Connect with http instead?</source>
        <translation>{0} non responde por https; neste porto só fala http sen cifrar. Conectar con http?</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Remove Server</source>
        <translation>Quitar o servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the list? You can add it again later.</source>
        <translation>Quitar {0} da lista? Podes engadilo de novo máis tarde.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="+30"/>
        <source>Select one or more servers.</source>
        <translation>Selecciona un ou máis servidores.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/host_failure.py" line="+33"/>
        <location filename="../../xencenter/core/commands/host_power.py" line="+29"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="+42"/>
        <location line="+80"/>
        <source>Select a server.</source>
        <translation>Selecciona un servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is not a simulator: its servers fail for real.</source>
        <translation>{0} non é un simulador: os seus servidores fallan de verdade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../xencenter/core/commands/host_power.py" line="+2"/>
        <location filename="../../xencenter/core/commands/placement.py" line="+52"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-76"/>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <location filename="../../xencenter/core/wizard/migrate/check.py" line="+47"/>
        <source>The server no longer exists.</source>
        <translation>O servidor xa non existe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Simulate Power Failure</source>
        <translation>Simular un fallo de alimentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutting the power of &apos;{0}&apos; (simulated)</source>
        <translation>Cortando a alimentación de &apos;{0}&apos; (simulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of {0} in the simulation? Its VMs stop at once; with HA on, the pool restarts the protected ones elsewhere.</source>
        <translation>Cortar a alimentación de {0} na simulación? As súas MV detéñense ao momento; coa alta dispoñibilidade activada, o pool reinicia as protexidas noutro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate Network Failure</source>
        <translation>Simular un fallo de rede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutting the network of &apos;{0}&apos; (simulated)</source>
        <translation>Cortando a rede de &apos;{0}&apos; (simulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the network of {0} in the simulation? With HA on, it fences itself and its protected VMs restart elsewhere.</source>
        <translation>Cortar a rede de {0} na simulación? Coa alta dispoñibilidade activada, íllase a si mesmo e as súas MV protexidas reinícianse noutro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore Server</source>
        <translation>Restaurar o servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring &apos;{0}&apos; (simulated)</source>
        <translation>Restaurando &apos;{0}&apos; (simulado)</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/placement.py" line="+16"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="+113"/>
        <location filename="../../xencenter/core/wizard/migrate/check.py" line="+10"/>
        <source>The VM is already on this server.</source>
        <translation>A MV xa está neste servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM needs hardware virtualization (Intel VT or AMD-V), which this server does not have.</source>
        <translation>A MV precisa virtualización por hardware (Intel VT ou AMD-V), que este servidor non ten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server does not have enough free memory: the VM needs {0}, {1} is available.</source>
        <translation>Este servidor non ten memoria libre dabondo: a MV precisa {0} e hai {1} dispoñible.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/dr.py" line="+32"/>
        <source>The pool&apos;s edition ({0}) does not include disaster recovery.</source>
        <translation>A edición do pool ({0}) non inclúe a recuperación ante desastres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pool has no shared NFS, iSCSI or HBA storage to replicate its metadata to.</source>
        <translation>O pool non ten almacenamento compartido NFS, iSCSI ou HBA ao que replicar os seus metadatos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Configure Disaster Recovery...</source>
        <translation>Configurar recuperación ante desastres...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../xencenter/core/commands/ha.py" line="+23"/>
        <location line="+8"/>
        <location line="+50"/>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <location filename="../../xencenter/core/commands/vapp.py" line="+35"/>
        <location line="+5"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="+51"/>
        <location filename="../../xencenter/core/commands/wlb.py" line="+46"/>
        <source>Select a pool.</source>
        <translation>Selecciona un pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disaster Recovery...</source>
        <translation>Recuperación ante desastres...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the pool to recover into.</source>
        <translation>Selecciona o pool no que recuperar.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/ha.py" line="-48"/>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <location filename="../../xencenter/core/commands/wlb.py" line="+2"/>
        <source>The pool no longer exists.</source>
        <translation>O pool xa non existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>High availability needs a pool of at least two servers.</source>
        <translation>A alta dispoñibilidade precisa un pool de polo menos dous servidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool&apos;s edition ({0}) does not include high availability.</source>
        <translation>A edición do pool ({0}) non inclúe a alta dispoñibilidade.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>High availability is off.</source>
        <translation>A alta dispoñibilidade está desactivada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Configure HA...</source>
        <translation>Configurar HA...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable HA</source>
        <translation>Desactivar HA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning off high availability on &apos;{0}&apos;</source>
        <translation>Desactivando a alta dispoñibilidade en &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off high availability on {0}? Its VMs will no longer be restarted elsewhere when a server fails.</source>
        <translation>Desactivar a alta dispoñibilidade en {0}? As súas MV xa non se reiniciarán noutro servidor cando falle un servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <source>Select one or more storage repositories.</source>
        <translation>Selecciona un ou máis repositorios de almacenamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository no longer exists.</source>
        <translation>O repositorio de almacenamento xa non existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more networks.</source>
        <translation>Selecciona unha ou máis redes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network no longer exists.</source>
        <translation>A rede xa non existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/host.py" line="+50"/>
        <location filename="../../xencenter/core/commands/intellicache.py" line="+72"/>
        <location filename="../../xencenter/core/commands/network.py" line="+94"/>
        <location filename="../../xencenter/core/commands/placement.py" line="-17"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="+46"/>
        <source>The server is not reachable.</source>
        <translation>Non se pode chegar ao servidor.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../xencenter/core/commands/vm.py" line="+157"/>
        <source>Reboot</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting server &apos;{0}&apos;</source>
        <translation>Reiniciando o servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot {0}? Its running VMs will be shut down.</source>
        <translation>Reiniciar {0}? As súas MV en execución apagaranse.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The server is busy ({0}).</source>
        <translation>O servidor está ocupado ({0}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rebooting a server</source>
        <translation>Reinicio dun servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/core/commands/vm.py" line="-9"/>
        <source>Shut Down</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down server &apos;{0}&apos;</source>
        <translation>Apagando o servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down {0}? Its running VMs will be shut down.</source>
        <translation>Apagar {0}? As súas MV en execución apagaranse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down a server</source>
        <translation>Apagado dun servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power On</source>
        <translation>Acender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering on server &apos;{0}&apos;</source>
        <translation>Acendendo o servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The server is already running.</source>
        <translation>O servidor xa está en execución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no remote power-on method configured.</source>
        <translation>O servidor non ten configurado ningún método de acendido remoto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter Maintenance Mode</source>
        <translation>Entrar en modo de mantemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting server &apos;{0}&apos; into maintenance mode</source>
        <translation>Poñendo o servidor &apos;{0}&apos; en modo de mantemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put {0} into maintenance mode? Its running VMs will be migrated to other servers.</source>
        <translation>Poñer {0} en modo de mantemento? As súas MV en execución migraranse a outros servidores.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../xencenter/core/commands/placement.py" line="-4"/>
        <source>The host is in maintenance mode.</source>
        <translation>O servidor está en modo de mantemento.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exit Maintenance Mode</source>
        <translation>Saír do modo de mantemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking server &apos;{0}&apos; out of maintenance mode</source>
        <translation>Sacando o servidor &apos;{0}&apos; do modo de mantemento</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The server is not in maintenance mode.</source>
        <translation>O servidor non está en modo de mantemento.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/registry.py" line="+89"/>
        <location filename="../../xencenter/core/commands/users.py" line="+184"/>
        <source>Confirm {0}</source>
        <translation>Confirmar: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="-100"/>
        <source>The VM is already running.</source>
        <translation>A MV xa está en execución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is suspended; resume it instead.</source>
        <translation>A MV está suspendida; retómaa no seu lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is paused; unpause it instead.</source>
        <translation>A MV está en pausa; quítalle a pausa no seu lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM must be shut down first.</source>
        <translation>Primeiro hai que apagar a MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not suspended.</source>
        <translation>A MV non está suspendida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not paused.</source>
        <translation>A MV non está en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not running.</source>
        <translation>A MV non está en execución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is suspended; resume it first.</source>
        <translation>A MV está suspendida; retómaa primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is paused; unpause it first.</source>
        <translation>A MV está en pausa; quítalle a pausa primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is {0}.</source>
        <translation>A MV está {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/placement.py" line="+2"/>
        <source>The server is disabled.</source>
        <translation>O servidor está desactivado.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="-9"/>
        <source>Select one or more virtual machines.</source>
        <translation>Selecciona unha ou máis máquinas virtuais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="-61"/>
        <source>The VM no longer exists.</source>
        <translation>A MV xa non existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/organise.py" line="+52"/>
        <source>Select pools, servers, VMs, storage, networks or disks.</source>
        <translation>Selecciona pools, servidores, MV, almacenamento, redes ou discos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object no longer exists.</source>
        <translation>O obxecto xa non existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../xencenter/core/commands/vm.py" line="+9"/>
        <source>This is a server&apos;s control domain.</source>
        <translation>Este é o dominio de control dun servidor.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Choose a folder.</source>
        <translation>Escolle un cartafol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in that folder.</source>
        <translation>Xa está nese cartafol.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moving {0} to folder {1}</source>
        <translation>Movendo {0} ao cartafol {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The selection is not in a folder.</source>
        <translation>A selección non está nun cartafol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing {0} from its folder</source>
        <translation>Quitando {0} do seu cartafol</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating folder {0}</source>
        <translation>Creando o cartafol {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {0} already exists.</source>
        <translation>O cartafol {0} xa existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>The pool is not known yet.</source>
        <translation>O pool aínda non se coñece.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving the tags of {0}</source>
        <translation>Gardando as etiquetas de {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select one object to edit its custom fields.</source>
        <translation>Selecciona un obxecto para editar os seus campos personalizados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the custom fields of &apos;{0}&apos;</source>
        <translation>Gardando os campos personalizados de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move to Folder...</source>
        <translation>Mover ao cartafol...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Folder</source>
        <translation>Quitar do cartafol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Folder...</source>
        <translation>Novo cartafol...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Tags...</source>
        <translation>Editar etiquetas...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Custom Fields...</source>
        <translation>Editar campos personalizados...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="+2"/>
        <source>&apos;{0}&apos; is a snapshot.</source>
        <translation>&apos;{0}&apos; é unha instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a template.</source>
        <translation>&apos;{0}&apos; é un modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="+57"/>
        <location filename="../../xencenter/core/commands/xva.py" line="+26"/>
        <source>The VM is busy ({0}).</source>
        <translation>A MV está ocupada ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in templates cannot be changed or deleted.</source>
        <translation>Os modelos incorporados non se poden cambiar nin eliminar.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vapp.py" line="-15"/>
        <source>Select a vApp.</source>
        <translation>Selecciona unha vApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vApp no longer exists.</source>
        <translation>A vApp xa non existe.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The vApp is busy ({0}).</source>
        <translation>A vApp está ocupada ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vApp has no VMs.</source>
        <translation>A vApp non ten MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VM of the vApp is shut down.</source>
        <translation>Ningunha MV da vApp está apagada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VM of the vApp is running.</source>
        <translation>Ningunha MV da vApp está en execución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every VM of the vApp is shut down.</source>
        <translation>Todas as MV da vApp están apagadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/core/commands/vm.py" line="+1"/>
        <source>The server does not allow this for &apos;{0}&apos; now.</source>
        <translation>O servidor non permite isto para &apos;{0}&apos; agora.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only VMs can be in a vApp (not templates, snapshots or control domains).</source>
        <translation>Só as MV poden estar nunha vApp (non os modelos, as instantáneas nin os dominios de control).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VM is in no vApp.</source>
        <translation>A MV non está en ningunha vApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM is already in this vApp.</source>
        <translation>A MV xa está nesta vApp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (leave the vApp)</source>
        <translation>Ningunha (saír da vApp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigning VM &apos;{0}&apos; to a vApp</source>
        <translation>Asignando a MV &apos;{0}&apos; a unha vApp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manage vApps...</source>
        <translation>Xestionar vApps...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New vApp...</source>
        <translation>Nova vApp...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start vApp</source>
        <translation>Iniciar a vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting vApp &apos;{0}&apos;</source>
        <translation>Iniciando a vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut Down vApp</source>
        <translation>Apagar a vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down vApp &apos;{0}&apos;</source>
        <translation>Apagando a vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down the VMs of the vApp {0}, in reverse start order?</source>
        <translation>Apagar as MV da vApp {0}, na orde inversa á de arranque?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Shut Down vApp</source>
        <translation>Forzar o apagado da vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing vApp &apos;{0}&apos; to shut down</source>
        <translation>Forzando o apagado da vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force the VMs of the vApp {0} to shut down? Unsaved work in the guests will be lost.</source>
        <translation>Forzar o apagado das MV da vApp {0}? Perderase o traballo sen gardar nos convidados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete vApp</source>
        <translation>Eliminar a vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting vApp &apos;{0}&apos;</source>
        <translation>Eliminando a vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the vApp {0}? Its VMs are kept, outside any vApp.</source>
        <translation>Eliminar a vApp {0}? As súas MV consérvanse, fóra de calquera vApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vApp Properties...</source>
        <translation>Propiedades da vApp...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to vApp</source>
        <translation>Asignar a unha vApp</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="+57"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Starting VM &apos;{0}&apos;</source>
        <translation>Iniciando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Shutting down VM &apos;{0}&apos;</source>
        <translation>Apagando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down {0}?</source>
        <translation>Apagar {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down a VM</source>
        <translation>Apagado dunha MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Shutdown</source>
        <translation>Forzar o apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing VM &apos;{0}&apos; to shut down</source>
        <translation>Forzando o apagado da MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force {0} to shut down? Unsaved work in the guest will be lost.</source>
        <translation>Forzar o apagado de {0}? Perderase o traballo sen gardar no convidado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting VM &apos;{0}&apos;</source>
        <translation>Reiniciando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot {0}?</source>
        <translation>Reiniciar {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting a VM</source>
        <translation>Reinicio dunha MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Reboot</source>
        <translation>Forzar o reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing VM &apos;{0}&apos; to reboot</source>
        <translation>Forzando o reinicio da MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force {0} to reboot? Unsaved work in the guest will be lost.</source>
        <translation>Forzar o reinicio de {0}? Perderase o traballo sen gardar no convidado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspending VM &apos;{0}&apos;</source>
        <translation>Suspendendo a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Resuming VM &apos;{0}&apos;</source>
        <translation>Retomando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/simulation.py" line="+41"/>
        <source>{0} is not a simulator: its clock is the real one.</source>
        <translation>{0} non é un simulador: o seu reloxo é o real.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The simulated clock is already paused.</source>
        <translation>O reloxo simulado xa está en pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The simulated clock already runs at {0}x.</source>
        <translation>O reloxo simulado xa vai a {0}x.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause the simulated clock to step it.</source>
        <translation>Pon en pausa o reloxo simulado para avanzalo paso a paso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../xencenter/core/commands/vm.py" line="-17"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play 1x</source>
        <translation>Reproducir 1x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play 10x</source>
        <translation>Reproducir 10x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play 100x</source>
        <translation>Reproducir 100x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step +10 s</source>
        <translation>Paso +10 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step +1 min</source>
        <translation>Paso +1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lessons...</source>
        <translation>Leccións...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="+0"/>
        <source>Pausing VM &apos;{0}&apos;</source>
        <translation>Poñendo en pausa a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpause</source>
        <translation>Quitar a pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpausing VM &apos;{0}&apos;</source>
        <translation>Quitando a pausa á MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm_delete.py" line="+117"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="+117"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleting &apos;{0}&apos;</source>
        <translation>Eliminando &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="+2"/>
        <source>Convert to Template</source>
        <translation>Converter en modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting &apos;{0}&apos; to a template</source>
        <translation>Convertendo &apos;{0}&apos; nun modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert {0} to a template? A template cannot be started, and this cannot be undone.</source>
        <translation>Converter {0} nun modelo? Un modelo non se pode iniciar, e isto non se pode desfacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on Server</source>
        <translation>Iniciar no servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume on Server</source>
        <translation>Retomar no servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate to Server</source>
        <translation>Migrar ao servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating VM &apos;{0}&apos;</source>
        <translation>Migrando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy...</source>
        <translation>Copiar...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copying &apos;{0}&apos;</source>
        <translation>Copiando &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/users.py" line="-110"/>
        <source>The pool has not joined a domain.</source>
        <translation>O pool non se uniu a ningún dominio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The pool has already joined the domain {0}.</source>
        <translation>O pool xa se uniu ao dominio {0}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Joining &apos;{0}&apos; to the domain {1}</source>
        <translation>Unindo &apos;{0}&apos; ao dominio {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already users of the pool: {0}.</source>
        <translation>Xa son usuarios do pool: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding {0} to the users of &apos;{1}&apos;</source>
        <translation>Engadindo {0} aos usuarios de &apos;{1}&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select one or more users or groups.</source>
        <translation>Selecciona un ou máis usuarios ou grupos.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server has no role {0}.</source>
        <translation>O servidor non ten o rol {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing the role of {0} to {1}</source>
        <translation>Cambiando o rol de {0} a {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join Domain...</source>
        <translation>Unirse a un dominio...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Domain</source>
        <translation>Deixar o dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the domain of &apos;{0}&apos;</source>
        <translation>Deixando o dominio de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the domain {0}? Its users can no longer log in to the pool, and their sessions end.</source>
        <translation>Deixar o dominio {0}? Os seus usuarios xa non poderán iniciar sesión no pool e as súas sesións rematan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add...</source>
        <translation>Engadir...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing {0} from the pool&apos;s users</source>
        <translation>Quitando {0} dos usuarios do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the pool&apos;s users? They can no longer log in, and their sessions end.</source>
        <translation>Quitar {0} dos usuarios do pool? Xa non poderán iniciar sesión e as súas sesións rematan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Role...</source>
        <translation>Cambiar o rol...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log Out</source>
        <translation>Pechar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging out {0}</source>
        <translation>Pechando a sesión de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out {0}? Every session they have open on the pool ends.</source>
        <translation>Pechar a sesión de {0}? Rematan todas as sesións que teña abertas no pool.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rbac.py" line="+107"/>
        <source>Your role may not do this.</source>
        <translation>O teu rol non permite facer isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role ({0}) may not do this.</source>
        <translation>O teu rol ({0}) non permite facer isto.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wizard.py" line="-28"/>
        <source>New VM...</source>
        <translation>Nova MV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a pool, a server or a template.</source>
        <translation>Selecciona un pool, un servidor ou un modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick Create</source>
        <translation>Creación rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a template.</source>
        <translation>Selecciona un modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New VM from Snapshot...</source>
        <translation>Nova MV desde a instantánea...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New SR...</source>
        <translation>Novo SR...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a pool or a server.</source>
        <translation>Selecciona un pool ou un servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/snapshot.py" line="+75"/>
        <source>The VM of this snapshot no longer exists.</source>
        <translation>A MV desta instantánea xa non existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <location line="+24"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="-45"/>
        <source>Select a snapshot.</source>
        <translation>Selecciona unha instantánea.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Select one or more snapshots.</source>
        <translation>Selecciona unha ou máis instantáneas.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Take Snapshot...</source>
        <translation>Tomar instantánea...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshotting &apos;{0}&apos;</source>
        <translation>Tomando unha instantánea de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert To...</source>
        <translation>Reverter a...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting to &apos;{0}&apos;</source>
        <translation>Revertendo a &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Snapshot</source>
        <translation>Eliminar instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting snapshot &apos;{0}&apos;</source>
        <translation>Eliminando a instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the snapshots {0} and their disks? This cannot be undone.</source>
        <translation>Eliminar as instantáneas {0} e os seus discos? Isto non se pode desfacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../xencenter/core/commands/storage.py" line="+221"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="+14"/>
        <source>Properties...</source>
        <translation>Propiedades...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renaming snapshot &apos;{0}&apos;</source>
        <translation>Renomeando a instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Template...</source>
        <translation>Gardar como modelo...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a template from snapshot &apos;{0}&apos;</source>
        <translation>Facendo un modelo a partir da instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wizard.py" line="+20"/>
        <source>The server does not allow migrating &apos;{0}&apos; now.</source>
        <translation>O servidor non permite migrar &apos;{0}&apos; agora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../xencenter/core/wizard/migrate/check.py" line="-32"/>
        <source>Migrate...</source>
        <translation>Migrar...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a VM.</source>
        <translation>Selecciona unha MV.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/xva.py" line="-2"/>
        <source>Shut down or suspend the VM to export it.</source>
        <translation>Apaga ou suspende a MV para exportala.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a VM, a template or a snapshot.</source>
        <translation>Selecciona unha MV, un modelo ou unha instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the pool or server to import into.</source>
        <translation>Selecciona o pool ou o servidor no que importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Network...</source>
        <translation>Nova rede...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a pool, a server or a network.</source>
        <translation>Selecciona un pool, un servidor ou unha rede.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/license.py" line="+24"/>
        <source>License Manager...</source>
        <translation>Xestor de licenzas...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/storage.py" line="-159"/>
        <source>The storage repository is busy ({0}).</source>
        <translation>O repositorio de almacenamento está ocupado ({0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A virtual disk on it is in use by a running VM.</source>
        <translation>Un disco virtual seu está en uso por unha MV en execución.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The storage repository has no server to attach to.</source>
        <translation>O repositorio de almacenamento non ten ningún servidor ao que conectarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage repository is attached to every server.</source>
        <translation>O repositorio de almacenamento xa está conectado a todos os servidores.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The storage repository is already detached.</source>
        <translation>O repositorio de almacenamento xa está desconectado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The storage repository is not attached to any server; Forget it instead.</source>
        <translation>O repositorio de almacenamento non está conectado a ningún servidor; esquéceo no seu lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storage repository still holds virtual disks; delete them first.</source>
        <translation>O repositorio de almacenamento aínda ten discos virtuais; elimínaos primeiro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It is already the pool&apos;s default storage.</source>
        <translation>Xa é o almacenamento predeterminado do pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library of ISOs or removable devices cannot hold new virtual disks.</source>
        <translation>Unha biblioteca de ISO ou de dispositivos extraíbles non pode gardar novos discos virtuais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storage repository is detached.</source>
        <translation>O repositorio de almacenamento está desconectado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="-32"/>
        <source>Properties of &apos;{0}&apos;</source>
        <translation>Propiedades de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repair...</source>
        <translation>Reparar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairing storage repository &apos;{0}&apos;</source>
        <translation>Reparando o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaching storage repository &apos;{0}&apos;</source>
        <translation>Desconectando o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach {0}? Its virtual disks stay on it but cannot be used until it is repaired.</source>
        <translation>Desconectar {0}? Os seus discos virtuais quedan nel pero non se poden usar ata que se repare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgetting storage repository &apos;{0}&apos;</source>
        <translation>Esquecendo o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget {0}? The pool will no longer know it; its data stays on the storage and can be attached again with New SR.</source>
        <translation>Esquecer {0}? O pool deixará de coñecelo; os seus datos quedan no almacenamento e pódese conectar de novo con Novo SR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy...</source>
        <translation>Destruír...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroying storage repository &apos;{0}&apos;</source>
        <translation>Destruíndo o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy {0}? Everything on it is erased for good.</source>
        <translation>Destruír {0}? Todo o que ten bórrase para sempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as Default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting &apos;{0}&apos; as the default storage</source>
        <translation>Establecendo &apos;{0}&apos; como almacenamento predeterminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting the properties of &apos;{0}&apos;</source>
        <translation>Poñendo as propiedades de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/host_power.py" line="-11"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-59"/>
        <location line="+80"/>
        <source>Select one server.</source>
        <translation>Selecciona un só servidor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the power-on settings of &apos;{0}&apos;</source>
        <translation>Gardando a configuración de acendido de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power-On Settings...</source>
        <translation>Configuración de acendido...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/network.py" line="-34"/>
        <source>The network is on the servers&apos; NICs; it cannot be deleted.</source>
        <translation>A rede está nas NIC dos servidores; non se pode eliminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network belongs to a bond: delete the bond from the NICs tab.</source>
        <translation>A rede pertence a unha agregación: elimina a agregación dende a lapela NIC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network carries a management interface.</source>
        <translation>A rede leva unha interface de xestión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VMs still use the network ({0}); remove their interfaces on it first.</source>
        <translation>Aínda hai MV que usan a rede ({0}); quita primeiro as súas interfaces nela.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-64"/>
        <source>Turn off high availability first.</source>
        <translation>Desactiva primeiro a alta dispoñibilidade.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Network Properties...</source>
        <translation>Propiedades da rede...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the properties of network &apos;{0}&apos;</source>
        <translation>Cambiando as propiedades da rede &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Network</source>
        <translation>Eliminar a rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting network &apos;{0}&apos;</source>
        <translation>Eliminando a rede &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the network {0}? Its VLAN interfaces and tunnels on every server are deleted with it.</source>
        <translation>Eliminar a rede {0}? As súas interfaces VLAN e túneles en todos os servidores elimínanse con ela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management Interface...</source>
        <translation>Interface de xestión...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the management interface of &apos;{0}&apos;</source>
        <translation>Cambiando a interface de xestión de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="+2"/>
        <source>The server is alone in its pool.</source>
        <translation>O servidor está só no seu pool.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pool master cannot leave the pool: make another server the master first.</source>
        <translation>O mestre do pool non pode saír do pool: fai primeiro mestre a outro servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move or shut down the VMs running on it first ({0}).</source>
        <translation>Move ou apaga primeiro as MV que se executan nel ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is the pool master already.</source>
        <translation>O servidor xa é o mestre do pool.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Server from Pool</source>
        <translation>Quitar o servidor do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing &apos;{0}&apos; from the pool</source>
        <translation>Quitando &apos;{0}&apos; do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the pool? It becomes a pool of its own, and the virtual disks on its local storage are deleted.</source>
        <translation>Quitar {0} do pool? Pasa a ser un pool propio, e bórranse os discos virtuais do seu almacenamento local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make Pool Master</source>
        <translation>Facer mestre do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making &apos;{0}&apos; the pool master</source>
        <translation>Facendo &apos;{0}&apos; mestre do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {0} the pool master? Consoles reconnect to it.</source>
        <translation>Facer {0} mestre do pool? As consolas reconéctanse a el.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select the server to become the pool master.</source>
        <translation>Selecciona o servidor que será o mestre do pool.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Server to Pool...</source>
        <translation>Engadir o servidor a un pool...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Pool...</source>
        <translation>Novo pool...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/bond.py" line="+27"/>
        <source>Choose a bond in the list.</source>
        <translation>Escolle unha agregación na lista.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete Bond</source>
        <translation>Eliminar a agregación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting bond {0}</source>
        <translation>Eliminando a agregación {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the bond? Its NICs work on their own again, and the network on it loses the bond&apos;s connection on this server.</source>
        <translation>Eliminar a agregación? As súas NIC volven funcionar por separado, e a rede que ten perde a conexión da agregación neste servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vmss.py" line="-124"/>
        <source>The pool&apos;s edition ({0}) does not include VM protection and recovery.</source>
        <translation>A edición do pool ({0}) non inclúe a protección e recuperación de MV.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a policy.</source>
        <translation>Selecciona unha política.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy no longer exists.</source>
        <translation>A política xa non existe.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The policy is already enabled.</source>
        <translation>A política xa está activada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy is already disabled.</source>
        <translation>A política xa está desactivada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policy protects no VM.</source>
        <translation>A política non protexe ningunha MV.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM Protection Policies...</source>
        <translation>Políticas de protección de MV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New VM Protection Policy...</source>
        <translation>Nova política de protección de MV...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vapp.py" line="-25"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="+2"/>
        <source>Select a pool or a VM.</source>
        <translation>Selecciona un pool ou unha MV.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vmss.py" line="+3"/>
        <source>Deleting VM protection policy &apos;{0}&apos;</source>
        <translation>Eliminando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the VM protection policy {0}? Its VMs will no longer be protected; the snapshots it took are kept.</source>
        <translation>Eliminar a política de protección de MV {0}? As súas MV deixarán de estar protexidas; as instantáneas que tomou consérvanse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling VM protection policy &apos;{0}&apos;</source>
        <translation>Activando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling VM protection policy &apos;{0}&apos;</source>
        <translation>Desactivando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Now</source>
        <translation>Executar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running VM protection policy &apos;{0}&apos;</source>
        <translation>Executando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing VM protection policy &apos;{0}&apos;</source>
        <translation>Cambiando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/intellicache.py" line="-41"/>
        <source>Select a virtual disk.</source>
        <translation>Selecciona un disco virtual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk no longer exists.</source>
        <translation>O disco virtual xa non existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pool&apos;s edition ({0}) does not include IntelliCache.</source>
        <translation>A edición do pool ({0}) non inclúe IntelliCache.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Storage of type {0} cannot hold a cache; it must be file-based (ext).</source>
        <translation>Un almacenamento de tipo {0} non pode conter unha caché; debe estar baseado en ficheiros (ext).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storage is not plugged in.</source>
        <translation>O almacenamento non está conectado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put the server into maintenance mode first: IntelliCache changes only while it runs no VMs.</source>
        <translation>Pon primeiro o servidor en modo de mantemento: IntelliCache só se cambia mentres non executa ningunha MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VMs are running on the server.</source>
        <translation>Hai MV en execución no servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server has no local file-based (ext) storage to cache on.</source>
        <translation>O servidor non ten almacenamento local baseado en ficheiros (ext) no que gardar a caché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That storage is not the server&apos;s own.</source>
        <translation>Ese almacenamento non é propio do servidor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IntelliCache is not enabled on this server.</source>
        <translation>IntelliCache non está activado neste servidor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose whether the disk is cached.</source>
        <translation>Escolle se o disco se garda en caché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose whether the disk is reset at each start.</source>
        <translation>Escolle se o disco se restablece en cada arranque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disks on this storage cannot be reset at each start.</source>
        <translation>Os discos deste almacenamento non se poden restablecer en cada arranque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is in use by a running VM; shut the VM down first.</source>
        <translation>O disco está en uso por unha MV en execución; apaga primeiro a MV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable IntelliCache</source>
        <translation>Activar IntelliCache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling IntelliCache on server &apos;{0}&apos;</source>
        <translation>Activando IntelliCache no servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable IntelliCache</source>
        <translation>Desactivar IntelliCache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling IntelliCache on server &apos;{0}&apos;</source>
        <translation>Desactivando IntelliCache no servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache this disk (IntelliCache)</source>
        <translation>Gardar este disco en caché (IntelliCache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the caching of disk &apos;{0}&apos;</source>
        <translation>Cambiando o uso da caché do disco &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to the state at boot on each start (on_boot reset)</source>
        <translation>Restablecer ao estado inicial en cada arranque (on_boot reset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing what disk &apos;{0}&apos; keeps at each start</source>
        <translation>Cambiando o que conserva o disco &apos;{0}&apos; en cada arranque</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wlb.py" line="+2"/>
        <source>The pool&apos;s edition ({0}) does not include workload balancing.</source>
        <translation>A edición do pool ({0}) non inclúe o balance de carga.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Workload balancing is already on.</source>
        <translation>O balance de carga xa está activado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Workload balancing is not connected.</source>
        <translation>O balance de carga non está conectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an optimization mode.</source>
        <translation>Escolle un modo de optimización.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workload balancing is off.</source>
        <translation>O balance de carga está desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no recommendations to apply.</source>
        <translation>Non hai recomendacións que aplicar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving &apos;{0}&apos; to {1}</source>
        <translation>Movendo &apos;{0}&apos; a {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to the Simulator&apos;s WLB</source>
        <translation>Conectar ao WLB do simulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting &apos;{0}&apos; to workload balancing</source>
        <translation>Conectando &apos;{0}&apos; ao balance de carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect WLB</source>
        <translation>Desconectar o WLB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting &apos;{0}&apos; from workload balancing</source>
        <translation>Desconectando &apos;{0}&apos; do balance de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect {0} from workload balancing? Its configuration is forgotten and placement advice stops.</source>
        <translation>Desconectar {0} do balance de carga? Esquécese a súa configuración e deixan de darse consellos de colocación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set WLB Optimization Mode</source>
        <translation>Establecer o modo de optimización do WLB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the workload balancing mode of &apos;{0}&apos;</source>
        <translation>Cambiando o modo de balance de carga de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply Recommendations</source>
        <translation>Aplicar as recomendacións</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying workload balancing recommendations on &apos;{0}&apos;</source>
        <translation>Aplicando as recomendacións de balance de carga en &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/connection.py" line="+41"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection failed; no reason was given.</source>
        <translation>A conexión fallou; non se deu ningún motivo.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../xencenter/app.py" line="+156"/>
        <source>simulator</source>
        <translation>simulador</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+12"/>
        <source>Passwords cannot be remembered: {0}. You will be asked for them each time.</source>
        <translation>Non se poden lembrar os contrasinais: {0}. Pediranse cada vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring refused</source>
        <translation>o chaveiro negouse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect</source>
        <translation>Non se pode conectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The simulator did not start</source>
        <translation>O simulador non arrincou</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/console.py" line="+40"/>
        <source>This VM is shut down.</source>
        <translation>Esta MV está apagada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM is suspended.</source>
        <translation>Esta MV está suspendida.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM is paused.</source>
        <translation>Esta MV está en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpause</source>
        <translation>Quitar a pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the console to this session.</source>
        <translation>O servidor negou a consola a esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this console.</source>
        <translation>O servidor non coñece esta consola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not running there any more.</source>
        <translation>A MV xa non se executa alí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server allows no more console sessions.</source>
        <translation>O servidor non admite máis sesións de consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the console (HTTP {0}).</source>
        <translation>O servidor negou a consola (HTTP {0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server&apos;s certificate is not the one you trusted.</source>
        <translation>O certificado do servidor da consola non é o que aceptaches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server speaks no VNC protocol version this console knows.</source>
        <translation>O servidor da consola non fala ningunha versión do protocolo VNC que esta consola coñeza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server sent data that cannot be shown.</source>
        <translation>O servidor da consola enviou datos que non se poden amosar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server cannot be reached.</source>
        <translation>Non se pode chegar ao servidor da consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console closed.</source>
        <translation>A consola pechouse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The console is in its own window.</source>
        <translation>A consola está na súa propia xanela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../xencenter/ui/tabs/console_panel.py" line="+137"/>
        <source>Dock</source>
        <translation>Acoplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the console back into this tab</source>
        <translation>Traer a consola de volta a esta lapela</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no console to show.</source>
        <translation>Non hai ningunha consola que amosar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Commands run only in the main window.</source>
        <translation>As ordes só se executan na xanela principal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The console is not available. Trying again...</source>
        <translation>A consola non está dispoñible. Tentando de novo...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the VM&apos;s console...</source>
        <translation>Agardando pola consola da MV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s console is not available.</source>
        <translation>A consola deste servidor non está dispoñible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the console...</source>
        <translation>Conectando coa consola...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} - Console</source>
        <translation>{0} - Consola</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../xencenter/ui/tabs/console_panel.py" line="-93"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/console_panel.py" line="+93"/>
        <source>Undock</source>
        <translation>Desacoplar</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+3"/>
        <source>Save Screenshot</source>
        <translation>Gardar a captura de pantalla</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PNG images (*.png)</source>
        <translation>Imaxes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved {0}.</source>
        <translation>Gardouse {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the screenshot to {0}.</source>
        <translation>Non se puido gardar a captura de pantalla en {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/console_windows.py" line="+25"/>
        <source>Console window</source>
        <translation>Xanela da consola</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Full screen console</source>
        <translation>Consola a pantalla completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Ctrl+Alt+F to leave full screen.</source>
        <translation>Preme Ctrl+Alt+F para saír da pantalla completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Full Screen</source>
        <translation>Saír da pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen</source>
        <translation>Saír da pantalla completa</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/rfb_view.py" line="+42"/>
        <source>Console screen</source>
        <translation>Pantalla da consola</translation>
    </message>
</context>
<context>
    <name>CopyVm</name>
    <message>
        <location filename="../../xencenter/core/wizard/copy_vm.py" line="+72"/>
        <source>Name and description</source>
        <translation>Nome e descrición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name for the copy.</source>
        <translation>Escribe un nome para a copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ningunha)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy mode and storage</source>
        <translation>Modo de copia e almacenamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server does not allow a fast clone of this VM now; choose a full copy.</source>
        <translation>O servidor non permite agora unha clonación rápida desta MV; escolle unha copia completa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not allow a full copy of this VM now.</source>
        <translation>O servidor non permite agora unha copia completa desta MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the storage repository for the copy.</source>
        <translation>Escolle o repositorio de almacenamento para a copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy needs {0} but the storage repository has {1} free.</source>
        <translation>A copia precisa {0} pero o repositorio de almacenamento ten {1} libres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Fast clone (the disks stay on their storage, shared copy-on-write)</source>
        <translation>Clonación rápida (os discos quedan no seu almacenamento, compartidos con copia en escritura)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copying &apos;{0}&apos;</source>
        <translation>Copiando &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying the VM and its disks</source>
        <translation>Copiando a MV e os seus discos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloning the VM</source>
        <translation>Clonando a MV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the description</source>
        <translation>Poñendo a descrición</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Copy of {0}</source>
        <translation>Copia de {0}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/copy_vm.py" line="+31"/>
        <source>&amp;Fast clone: share the disks copy-on-write on their storage</source>
        <translation>Clonación &amp;rápida: compartir os discos con copia en escritura no seu almacenamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast clone</source>
        <translation>Clonación rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull copy of every disk to:</source>
        <translation>Copia &amp;completa de cada disco en:</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/copy_vm.py" line="+49"/>
        <location filename="../../xencenter/ui/wizards/copy_vm.py" line="+1"/>
        <source>Full copy</source>
        <translation>Copia completa</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/copy_vm.py" line="+5"/>
        <source>Storage repository for the copy</source>
        <translation>Repositorio de almacenamento para a copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full copy writes {0} of disks.</source>
        <translation>Unha copia completa escribe {0} de discos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Storage:</source>
        <translation>&amp;Almacenamento:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Copy VM — {0}</source>
        <translation>Copiar a MV — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/custom_fields.py" line="+39"/>
        <source>Set</source>
        <translation>Definido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is set</source>
        <translation>{0} está definido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Custom Fields of &apos;{0}&apos;</source>
        <translation>Campos personalizados de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pool has no custom fields yet: add one below.</source>
        <translation>O pool aínda non ten campos personalizados: engade un embaixo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>New field name</source>
        <translation>Nome do novo campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New field type</source>
        <translation>Tipo do novo campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Field</source>
        <translation>&amp;Engadir campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add field</source>
        <translation>Engadir campo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is already a field named &apos;{0}&apos;.</source>
        <translation>Xa hai un campo chamado &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>DeleteVmDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/delete_vm.py" line="+23"/>
        <source>Delete &apos;{0}&apos;</source>
        <translation>Eliminar &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete &apos;{0}&apos;? This cannot be undone. Tick the disks and snapshots to delete with it; the others are kept.</source>
        <translation>Eliminar &apos;{0}&apos;? Isto non se pode desfacer. Marca os discos e as instantáneas que se eliminan con ela; os demais consérvanse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} on {2})</source>
        <translation>{0} ({1} en {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also used by {0}</source>
        <translation>tamén o usa {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM has no disks.</source>
        <translation>A MV non ten discos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM has no snapshots.</source>
        <translation>A MV non ten instantáneas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Dr</name>
    <message>
        <location filename="../../xencenter/core/wizard/dr.py" line="+68"/>
        <source>Failover</source>
        <translation>Conmutación por erro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failback</source>
        <translation>Conmutación por recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test failover</source>
        <translation>Proba de conmutación por erro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vApp &apos;{0}&apos; ({1}) from {2}</source>
        <translation>vApp &apos;{0}&apos; ({1}) de {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; from {1}</source>
        <translation>&apos;{0}&apos; de {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type of Recovery</source>
        <translation>Tipo de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose failover, failback or a test failover.</source>
        <translation>Escolle conmutación por erro, conmutación por recuperación ou proba de conmutación por erro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Type the storage server&apos;s address, then Find.</source>
        <translation>Escribe o enderezo do servidor de almacenamento e despois preme Buscar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the export&apos;s path (it starts with /).</source>
        <translation>Escribe a ruta exportada (comeza por /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the target IQN and the LUN&apos;s SCSI id.</source>
        <translation>Escribe o IQN de destino e o ID SCSI do LUN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for SRs...</source>
        <translation>Buscando SR...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Find to look for SRs on this storage.</source>
        <translation>Preme Buscar para buscar SR neste almacenamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the SRs holding the lost pool&apos;s metadata.</source>
        <translation>Marca os SR que conteñen os metadatos do pool perdido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pool metadata is replicated on {0}: configure disaster recovery on the lost pool first.</source>
        <translation>Non hai metadatos de ningún pool replicados en {0}: configura primeiro a recuperación ante desastres no pool perdido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual Machines and vApps</source>
        <translation>Máquinas virtuais e vApps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attaching the storage and reading its metadata...</source>
        <translation>Conectando o almacenamento e lendo os seus metadatos...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one VM or vApp to recover.</source>
        <translation>Escolle polo menos unha MV ou vApp para recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To recover</source>
        <translation>Para recuperar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-checks</source>
        <translation>Comprobacións previas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These cannot be recovered; leave them out or fix them:
{0}</source>
        <translation>Estes elementos non se poden recuperar; exclúeos ou corríxeos:
{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afterwards</source>
        <translation>Despois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The recovered VMs and the attached storage are removed again</source>
        <translation>As MV recuperadas e o almacenamento conectado quítanse de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the VMs</source>
        <translation>Iniciar as MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Si</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>tested, then removed: {0}</source>
        <translation>probadas e despois quitadas: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered: {0}</source>
        <translation>recuperadas: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering the VMs and vApps</source>
        <translation>Recuperando as MV e as vApps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the recovered VMs</source>
        <translation>Iniciando as MV recuperadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing what the test recovered</source>
        <translation>Quitando o que recuperou a proba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} to pool &apos;{1}&apos;</source>
        <translation>{0} ao pool &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/dr_config.py" line="+51"/>
        <source>Metadata Replication</source>
        <translation>Replicación de metadatos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chosen SR no longer exists or cannot hold metadata.</source>
        <translation>Un SR escollido xa non existe ou non pode conter metadatos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicated to</source>
        <translation>Replicado en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ningún</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configuring disaster recovery of pool &apos;{0}&apos;</source>
        <translation>Configurando a recuperación ante desastres do pool &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing metadata replication</source>
        <translation>Cambiando a replicación de metadatos</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/dr_discovery.py" line="+85"/>
        <location line="+49"/>
        <location line="+39"/>
        <source>Not connected to the pool.</source>
        <translation>Sen conexión co pool.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The storage reported: {0}</source>
        <translation>O almacenamento informou: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to the scan could not be read.</source>
        <translation>Non se puido ler a resposta do servidor á exploración.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No VMs or vApps of another pool were found on the chosen storage: replicate the lost pool&apos;s metadata to it first (Configure Disaster Recovery).</source>
        <translation>Non se atoparon MV nin vApps doutro pool no almacenamento escollido: replica primeiro nel os metadatos do pool perdido (Configurar recuperación ante desastres).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{0}&apos; is running in this pool: shut it down first.</source>
        <translation>&apos;{0}&apos; está en execución neste pool: apágaa primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is already in this pool; only a failback replaces it.</source>
        <translation>&apos;{0}&apos; xa está neste pool; só unha conmutación por recuperación a substitúe.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its disks are on storage this pool has not attached: choose that SR too.</source>
        <translation>Os seus discos están nun almacenamento que este pool non ten conectado: escolle tamén ese SR.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/dr.py" line="+78"/>
        <source>Recover the VMs and vApps of a pool that is lost into this pool.</source>
        <translation>Recuperar neste pool as MV e as vApps dun pool perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the VMs back to this pool, their original one, replacing the copies it still has.</source>
        <translation>Devolver as MV a este pool, o seu pool orixinal, substituíndo as copias que aínda ten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover the VMs here, start them, then remove them again: both pools are left as they were.</source>
        <translation>Recuperar aquí as MV, inicialas e despois quitalas de novo: os dous pools quedan como estaban.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Storage type</source>
        <translation>Tipo de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iSCSI</source>
        <translation>iSCSI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export path</source>
        <translation>Ruta exportada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target IQN</source>
        <translation>IQN de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCSI id</source>
        <translation>ID SCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRs found</source>
        <translation>SR atopados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where is the storage of the lost pool? The SRs found on it are attached to this pool to read the metadata replicated there.</source>
        <translation>Onde está o almacenamento do pool perdido? Os SR que se atopen nel conéctanse a este pool para ler os metadatos replicados alí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IQN:</source>
        <translation>&amp;IQN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCSI &amp;id:</source>
        <translation>I&amp;D SCSI:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>metadata found</source>
        <translation>metadatos atopados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no metadata</source>
        <translation>sen metadatos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>VMs and vApps to recover</source>
        <translation>MV e vApps para recuperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VMs and vApps in the metadata found on the storage. Choose those to recover:</source>
        <translation>As MV e as vApps dos metadatos atopados no almacenamento. Escolle as que queres recuperar:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pre-check results</source>
        <translation>Resultados das comprobacións previas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the recovered VMs</source>
        <translation>&amp;Iniciar as MV recuperadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the recovered VMs</source>
        <translation>Iniciar as MV recuperadas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>checking...</source>
        <translation>comprobando...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Detaching the storage of a cancelled recovery</source>
        <translation>Desconectando o almacenamento dunha recuperación cancelada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disaster Recovery — {0}</source>
        <translation>Recuperación ante desastres — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SRs holding the pool&apos;s metadata</source>
        <translation>SR que conteñen os metadatos do pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the shared SRs that keep a copy of this pool&apos;s metadata (its VMs, vApps, disks and networks), so another pool can recover them if this one is lost:</source>
        <translation>Marca os SR compartidos que gardan unha copia dos metadatos deste pool (as súas MV, vApps, discos e redes), para que outro pool poida recuperalos se este se perde:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Configure Disaster Recovery — {0}</source>
        <translation>Configurar recuperación ante desastres — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;OK</source>
        <translation>A&amp;ceptar</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/error_report.py" line="+35"/>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Que pasou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar os detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The console ran into a problem it did not expect: {0}. It is still running and nothing you were doing was lost; you can continue. If it happens again, copy the details into a bug report.</source>
        <translation>A consola atopou un problema que non esperaba: {0}. Segue en marcha e non se perdeu nada do que estabas a facer; podes continuar. Se volve pasar, copia os detalles nun informe de erro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(more errors happened; see the log)</source>
        <translation>(houbo máis erros; mira o rexistro)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../xencenter/core/errors_text.py" line="+40"/>
        <source>Error code: {0}</source>
        <translation>Código de erro: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter {0}: {1}</source>
        <translation>Parámetro {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The storage back end reported a failure.</source>
        <translation>O almacenamento informou dun fallo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the operation with an error this console does not know; see the details.</source>
        <translation>O servidor rexeitou a operación cun erro que esta consola non coñece; mira os detalles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the server was lost: {0}</source>
        <translation>Perdeuse a conexión co servidor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an unexpected reply: {0}</source>
        <translation>O servidor enviou unha resposta inesperada: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to the server.</source>
        <translation>Sen conexión co servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operation timed out.</source>
        <translation>A operación esgotou o tempo de espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong in the console; see the details.</source>
        <translation>Algo inesperado fallou na consola; mira os detalles.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/error_sentences.py" line="+18"/>
        <source>virtual machine</source>
        <translation>máquina virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage repository</source>
        <translation>repositorio de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual disk</source>
        <translation>disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual disk drive</source>
        <translation>unidade de disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage connection</source>
        <translation>conexión de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual network interface</source>
        <translation>interface de rede virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network interface card</source>
        <translation>tarxeta de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bond</source>
        <translation>agregación (bond)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console</source>
        <translation>consola</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>object</source>
        <translation>obxecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(ningún)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object that no longer exists</source>
        <translation>un obxecto que xa non existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {0}</source>
        <translation>un(ha) {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} GiB</source>
        <translation>{0} GiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} MiB</source>
        <translation>{0} MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>halted</source>
        <translation>apagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en execución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The server does not have enough free memory.</source>
        <translation>O servidor non ten memoria libre dabondo.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server does not have enough free memory: {0} is needed but only {1} is available.</source>
        <translation>O servidor non ten memoria libre dabondo: precísase {0} pero só hai {1} dispoñible.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The VM &apos;{0}&apos; must be {1} for this, but it is {2}.</source>
        <translation>A MV &apos;{0}&apos; ten que estar {1} para isto, pero está {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {0} no longer exists; it may have been deleted by someone else.</source>
        <translation>O obxecto ({0}) xa non existe; quizais alguén o eliminou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No {0} with the UUID {1} exists.</source>
        <translation>Non existe ningún obxecto ({0}) co UUID {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password was not accepted for &apos;{0}&apos;.</source>
        <translation>Non se aceptou o nome de usuario ou o contrasinal para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is busy with another operation ({1}); try again when it has finished.</source>
        <translation>&apos;{0}&apos; está ocupado con outra operación ({1}); téntao de novo cando remate.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The storage repository is full.</source>
        <translation>O repositorio de almacenamento está cheo.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The storage repository is full: {0} is needed but only {1} can be allocated.</source>
        <translation>O repositorio de almacenamento está cheo: precísase {0} pero só se poden reservar {1}.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The virtual disk &apos;{0}&apos; is too small; it must be at least {1}.</source>
        <translation>O disco virtual &apos;{0}&apos; é pequeno de máis; ten que ter polo menos {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server expects a different form of &apos;{0}&apos;; it may run another version of XenServer.</source>
        <translation>Este servidor agarda outra forma de &apos;{0}&apos;; pode que execute outra versión de XenServer.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/error_table.py" line="+15"/>
        <location line="+1"/>
        <source>Your session has expired; please log in again.</source>
        <translation>A túa sesión caducou; volve iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is a pool member; connect to the pool master at {0} instead.</source>
        <translation>Este servidor é membro dun pool; conéctate ao mestre do pool en {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is still starting up; try again in a minute.</source>
        <translation>O servidor aínda está a arrancar; téntao de novo nun minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in emergency mode and cannot do this now.</source>
        <translation>O servidor está en modo de emerxencia e agora non pode facer isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not support &apos;{0}&apos; (it may be too old).</source>
        <translation>Este servidor non admite &apos;{0}&apos; (pode ser moi antigo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>This server no longer supports this operation.</source>
        <translation>Este servidor xa non admite esta operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not implement &apos;{0}&apos;.</source>
        <translation>Este servidor non implementa &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had an internal error: {0}</source>
        <translation>O servidor tivo un erro interno: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value given for &apos;{0}&apos; has the wrong type.</source>
        <translation>O valor dado para &apos;{0}&apos; ten un tipo incorrecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value &apos;{1}&apos; is not valid for &apos;{0}&apos;.</source>
        <translation>O valor &apos;{1}&apos; non é válido para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value &apos;{1}&apos; is not supported for &apos;{0}&apos;: {2}</source>
        <translation>O valor &apos;{1}&apos; non se admite para &apos;{0}&apos;: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key &apos;{0}&apos; is already set on this object.</source>
        <translation>A chave &apos;{0}&apos; xa está definida neste obxecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some updates from the server were lost; the view is being refreshed.</source>
        <translation>Perdéronse algunhas actualizacións do servidor; a vista estase a actualizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The server did not understand the console&apos;s update request.</source>
        <translation>O servidor non entendeu a petición de actualizacións da consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task was cancelled.</source>
        <translation>A tarefa cancelouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation is not allowed: {0}.</source>
        <translation>A operación non está permitida: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation is not allowed.</source>
        <translation>A operación non está permitida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation &apos;{1}&apos; is blocked on &apos;{0}&apos;.</source>
        <translation>A operación &apos;{1}&apos; está bloqueada en &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied: {0}.</source>
        <translation>Permiso denegado: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this ({0}).</source>
        <translation>O teu rol non permite isto ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is known to the domain but has no role in this pool; ask a pool administrator for one.</source>
        <translation>&apos;{0}&apos; é coñecido polo dominio pero non ten ningún rol neste pool; pídelle un a un administrador do pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain has no such user or group.</source>
        <translation>O dominio non ten ese usuario ou grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user or group is already a user of the pool.</source>
        <translation>Este usuario ou grupo xa é usuario do pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role does not exist, or the subject does not have it.</source>
        <translation>O rol non existe ou o suxeito non o ten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject already has this role.</source>
        <translation>O suxeito xa ten este rol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool could not join the domain: {0}.</source>
        <translation>O pool non puido unirse ao dominio: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool could not join the domain.</source>
        <translation>O pool non puido unirse ao dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool has already joined a domain ({0}); leave it first.</source>
        <translation>O pool xa está unido a un dominio ({0}); sae del primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool has not joined a domain.</source>
        <translation>O pool non está unido a ningún dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not know the directory type &apos;{0}&apos;.</source>
        <translation>O servidor non coñece o tipo de directorio &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this ({0}).</source>
        <translation>A túa licenza non permite isto ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this (the editions differ).</source>
        <translation>A túa licenza non permite isto (as edicións son distintas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this.</source>
        <translation>A túa licenza non permite isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no plug-in named &apos;{0}&apos;.</source>
        <translation>O servidor non ten ningún complemento chamado &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server plug-in failed: {0}</source>
        <translation>Fallou un complemento do servidor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a template, so &apos;{1}&apos; is not possible.</source>
        <translation>&apos;{0}&apos; é un modelo, así que &apos;{1}&apos; non é posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a snapshot, so &apos;{1}&apos; is not possible.</source>
        <translation>&apos;{0}&apos; é unha instantánea, así que &apos;{1}&apos; non é posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a template can be provisioned.</source>
        <translation>Só se pode aprovisionar un modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a snapshot can be reverted to.</source>
        <translation>Só se pode reverter a unha instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs the storage repository &apos;{1}&apos;, which this server cannot reach.</source>
        <translation>A MV &apos;{0}&apos; necesita o repositorio de almacenamento &apos;{1}&apos;, ao que este servidor non chega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs the network &apos;{1}&apos;, which this server cannot reach.</source>
        <translation>A MV &apos;{0}&apos; necesita a rede &apos;{1}&apos;, á que este servidor non chega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs hardware virtualization (Intel VT or AMD-V), which this server does not have.</source>
        <translation>A MV &apos;{0}&apos; necesita virtualización por hardware (Intel VT ou AMD-V), que este servidor non ten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM &apos;{0}&apos; cannot do this: its guest tools are missing or too old.</source>
        <translation>A MV &apos;{0}&apos; non pode facer isto: faltan as súas ferramentas do convidado ou son moi antigas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; needs its guest tools installed for this.</source>
        <translation>A MV &apos;{0}&apos; necesita ter instaladas as ferramentas do convidado para isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest tools of the VM &apos;{0}&apos; are too old for this.</source>
        <translation>As ferramentas do convidado da MV &apos;{0}&apos; son moi antigas para isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot be suspended: {1}</source>
        <translation>A MV &apos;{0}&apos; non se pode suspender: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; cannot be suspended: no storage repository is set for suspend images.</source>
        <translation>A MV &apos;{0}&apos; non se pode suspender: non hai ningún repositorio de almacenamento para as imaxes de suspensión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot be moved.</source>
        <translation>A MV &apos;{0}&apos; non se pode mover.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; did not shut down in time.</source>
        <translation>A MV &apos;{0}&apos; non se apagou a tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; did not acknowledge the shutdown request.</source>
        <translation>A MV &apos;{0}&apos; non confirmou a petición de apagado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; crashed.</source>
        <translation>A MV &apos;{0}&apos; fallou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; shut down during the operation.</source>
        <translation>A MV &apos;{0}&apos; apagouse durante a operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; rebooted during the operation.</source>
        <translation>A MV &apos;{0}&apos; reiniciouse durante a operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving the VM &apos;{0}&apos; from &apos;{1}&apos; to &apos;{2}&apos; failed: {3}</source>
        <translation>Fallou o traslado da MV &apos;{0}&apos; de &apos;{1}&apos; a &apos;{2}&apos;: {3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; is not running on &apos;{1}&apos;.</source>
        <translation>A MV &apos;{0}&apos; non se está a executar en &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; runs a version that cannot take the VM &apos;{1}&apos;.</source>
        <translation>O servidor &apos;{0}&apos; ten unha versión que non pode acoller a MV &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; has a PCI device passed through, which prevents this.</source>
        <translation>A MV &apos;{0}&apos; ten un dispositivo PCI pasado directamente, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has a virtual GPU, which prevents this.</source>
        <translation>A MV &apos;{0}&apos; ten unha GPU virtual, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting the VM &apos;{0}&apos; to the snapshot &apos;{1}&apos; failed.</source>
        <translation>Fallou a reversión da MV &apos;{0}&apos; á instantánea &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not be paused for the checkpoint.</source>
        <translation>Non se puido pausar a MV &apos;{0}&apos; para o punto de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not be resumed after the checkpoint.</source>
        <translation>Non se puido retomar a MV &apos;{0}&apos; despois do punto de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has too many snapshots; delete some first.</source>
        <translation>A MV &apos;{0}&apos; ten demasiadas instantáneas; elimina algunhas primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot take a quiesced snapshot.</source>
        <translation>A MV &apos;{0}&apos; non pode tomar unha instantánea con quiesce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has more virtual CPUs than allowed.</source>
        <translation>A MV &apos;{0}&apos; ten máis CPU virtuais das permitidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory of the VM &apos;{0}&apos; is too low for its operating system.</source>
        <translation>A memoria da MV &apos;{0}&apos; é demasiado baixa para o seu sistema operativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory settings are not valid: they must satisfy static minimum &lt;= dynamic minimum &lt;= dynamic maximum &lt;= static maximum ({0}).</source>
        <translation>A configuración de memoria non é válida: debe cumprir mínimo estático &lt;= mínimo dinámico &lt;= máximo dinámico &lt;= máximo estático ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory settings are not valid: they must satisfy static minimum &lt;= dynamic minimum &lt;= dynamic maximum &lt;= static maximum.</source>
        <translation>A configuración de memoria non é válida: debe cumprir mínimo estático &lt;= mínimo dinámico &lt;= máximo dinámico &lt;= máximo estático.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory settings are not valid: without guest tools the memory cannot vary ({0}).</source>
        <translation>A configuración de memoria non é válida: sen ferramentas do convidado a memoria non pode variar ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; belongs to the vApp &apos;{1}&apos;; manage it there.</source>
        <translation>A MV &apos;{0}&apos; pertence á vApp &apos;{1}&apos;; xestiónaa alí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a built-in template and cannot be deleted.</source>
        <translation>&apos;{0}&apos; é un modelo incorporado e non se pode eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; is protected against this operation.</source>
        <translation>A MV &apos;{0}&apos; está protexida contra esta operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not boot: its boot loader failed.</source>
        <translation>A MV &apos;{0}&apos; non puido arrancar: fallou o seu cargador de arranque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has a boot loader this server does not know.</source>
        <translation>A MV &apos;{0}&apos; ten un cargador de arranque que este servidor non coñece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; is offline.</source>
        <translation>O servidor &apos;{0}&apos; está desconectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not live.</source>
        <translation>O servidor non está activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is disabled (it may be in maintenance mode).</source>
        <translation>O servidor &apos;{0}&apos; está desactivado (pode estar en modo de mantemento).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server must be disabled (in maintenance mode) first.</source>
        <translation>Primeiro hai que desactivar o servidor (en modo de mantemento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; still has running VMs; move or shut them down first.</source>
        <translation>O servidor &apos;{0}&apos; aínda ten MV en execución; móveas ou apágaas primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is still in use by &apos;{2}&apos;.</source>
        <translation>O servidor &apos;{0}&apos; aínda está en uso por &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is running; this needs it to be off.</source>
        <translation>O servidor &apos;{0}&apos; está en execución; isto necesita que estea apagado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has {1} physical CPUs, fewer than the {0} virtual CPUs asked for.</source>
        <translation>O servidor ten {1} CPU físicas, menos que as {0} CPU virtuais pedidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server in the pool can start this VM (not enough memory, or every server is disabled or offline).</source>
        <translation>Ningún servidor do pool pode iniciar esta MV (non hai memoria abonda, ou todos os servidores están desactivados ou desconectados).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; cannot reach the network &apos;{1}&apos;.</source>
        <translation>O servidor &apos;{0}&apos; non chega á rede &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is already being evacuated.</source>
        <translation>O servidor &apos;{0}&apos; xa se está a evacuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; cannot be contacted.</source>
        <translation>Non se pode contactar co servidor &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; cannot remove itself.</source>
        <translation>O servidor &apos;{0}&apos; non se pode eliminar a si mesmo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server with shared storage cannot join a pool.</source>
        <translation>Un servidor con almacenamento compartido non pode unirse a un pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server with running VMs cannot join a pool.</source>
        <translation>Un servidor con MV en execución non pode unirse a un pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server must run the same version as the pool to join it.</source>
        <translation>O servidor debe ter a mesma versión ca o pool para unirse a el.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is the master of another pool with members; it cannot join.</source>
        <translation>O servidor é o mestre doutro pool con membros; non pode unirse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not compatible with the pool: {0}.</source>
        <translation>O servidor non é compatible co pool: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not compatible with the pool.</source>
        <translation>O servidor non é compatible co pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server runs another product than the pool.</source>
        <translation>O servidor executa un produto distinto do do pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server and the pool are not in the same domain; make their external authentication match.</source>
        <translation>O servidor e o pool non están no mesmo dominio; fai que coincida a súa autenticación externa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not reach the pool master to join it.</source>
        <translation>O servidor non puido chegar ao mestre do pool para unirse a el.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability is on; turn it off first.</source>
        <translation>A alta dispoñibilidade está activada; desactívaa primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability is not on.</source>
        <translation>A alta dispoñibilidade non está activada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability has no failover plan for this.</source>
        <translation>A alta dispoñibilidade non ten un plan de recuperación para isto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This would break the high-availability failover plan.</source>
        <translation>Isto rompería o plan de recuperación da alta dispoñibilidade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on, so the management interface&apos;s bond cannot change.</source>
        <translation>A alta dispoñibilidade está activada, así que a agregación (bond) da interface de xestión non pode cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage repository &apos;{0}&apos; is still attached; detach it first.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; aínda está conectado; desconéctao primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is not attached to any server.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; non está conectado a ningún servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is attached to several servers.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; está conectado a varios servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository still holds virtual disks.</source>
        <translation>O repositorio de almacenamento aínda contén discos virtuais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; cannot be shared between servers.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; non se pode compartir entre servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server has no storage driver of type &apos;{0}&apos;.</source>
        <translation>Este servidor non ten ningún controlador de almacenamento do tipo &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; does not support this.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; non admite isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is not attached.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; non está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool has no default storage repository.</source>
        <translation>O pool non ten repositorio de almacenamento predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is already attached to &apos;{1}&apos;.</source>
        <translation>O repositorio de almacenamento &apos;{0}&apos; xa está conectado a &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is in use ({1}).</source>
        <translation>O disco virtual &apos;{0}&apos; está en uso ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is read-only.</source>
        <translation>O disco virtual &apos;{0}&apos; é de só lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{1}&apos; is missing from &apos;{0}&apos;.</source>
        <translation>Falta o disco virtual &apos;{1}&apos; en &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is not available.</source>
        <translation>O disco virtual &apos;{0}&apos; non está dispoñible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not an ISO image.</source>
        <translation>&apos;{0}&apos; non é unha imaxe ISO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is of a type that cannot be used here.</source>
        <translation>O disco virtual &apos;{0}&apos; é dun tipo que non se pode usar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is a physical device.</source>
        <translation>O disco virtual &apos;{0}&apos; é un dispositivo físico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is sharable, which prevents this.</source>
        <translation>O disco virtual &apos;{0}&apos; é compartible, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is not managed by the server.</source>
        <translation>O disco virtual &apos;{0}&apos; non o xestiona o servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destination was chosen for the virtual disk &apos;{0}&apos;.</source>
        <translation>Non se escolleu ningún destino para o disco virtual &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is reset at every boot, which prevents this.</source>
        <translation>O disco restablécese en cada arranque, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drive is not a CD or DVD drive.</source>
        <translation>Esta unidade non é unha unidade de CD ou DVD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive already holds a disc; eject it first.</source>
        <translation>A unidade xa ten un disco; expúlsao primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive is empty.</source>
        <translation>A unidade está baleira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CD or DVD drive must be read-only.</source>
        <translation>Unha unidade de CD ou DVD debe ser de só lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest has locked the drive&apos;s tray.</source>
        <translation>O convidado bloqueou a bandexa da unidade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is already attached.</source>
        <translation>O dispositivo xa está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is already detached.</source>
        <translation>O dispositivo xa está desconectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device with this number already exists on the VM.</source>
        <translation>Xa existe un dispositivo con este número na MV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest refused to release the device: {0}</source>
        <translation>O convidado negouse a liberar o dispositivo: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is not attached.</source>
        <translation>O dispositivo non está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device number &apos;{0}&apos; is not valid.</source>
        <translation>O número de dispositivo &apos;{0}&apos; non é válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network still has server interfaces on it.</source>
        <translation>A rede aínda ten interfaces de servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network still has VMs connected to it.</source>
        <translation>A rede aínda ten MV conectadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is already connected to the network &apos;{1}&apos;.</source>
        <translation>O servidor xa está conectado á rede &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a system network and cannot be deleted.</source>
        <translation>&apos;{0}&apos; é unha rede do sistema e non se pode eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a physical interface and cannot be deleted.</source>
        <translation>&apos;{0}&apos; é unha interface física e non se pode eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is the management interface, which prevents this.</source>
        <translation>&apos;{0}&apos; é a interface de xestión, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is already part of a bond.</source>
        <translation>&apos;{0}&apos; xa forma parte dunha agregación (bond).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a VLAN interface, which prevents this.</source>
        <translation>&apos;{0}&apos; é unha interface VLAN, o que impide isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VLAN with this tag already exists on &apos;{0}&apos;.</source>
        <translation>Xa existe unha VLAN con esta etiqueta en &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; still carries VLANs; delete them first.</source>
        <translation>&apos;{0}&apos; aínda leva VLAN; elimínaas primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; still carries tunnels; delete them first.</source>
        <translation>&apos;{0}&apos; aínda leva túneles; elimínaos primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bond needs at least two interfaces.</source>
        <translation>Unha agregación (bond) necesita polo menos dúas interfaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bond can only join interfaces of one server.</source>
        <translation>Unha agregación (bond) só pode unir interfaces dun servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one of the bonded interfaces may have an IP address.</source>
        <translation>Só unha das interfaces agregadas pode ter enderezo IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; cannot be unplugged.</source>
        <translation>A interface &apos;{0}&apos; non se pode desconectar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; is not managed by the server.</source>
        <translation>A interface &apos;{0}&apos; non a xestiona o servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; has no interface on the network &apos;{1}&apos;.</source>
        <translation>O servidor &apos;{0}&apos; non ten ningunha interface na rede &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; has no IP configuration.</source>
        <translation>A interface &apos;{0}&apos; non ten configuración IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VLAN tag &apos;{0}&apos; is not valid (it must be from 0 to 4094).</source>
        <translation>A etiqueta VLAN &apos;{0}&apos; non é válida (debe estar entre 0 e 4094).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid MAC address.</source>
        <translation>&apos;{0}&apos; non é un enderezo MAC válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual interface is in use on the network &apos;{0}&apos;.</source>
        <translation>A interface virtual está en uso na rede &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destination network was chosen for a virtual interface.</source>
        <translation>Non se escolleu ningunha rede de destino para unha interface virtual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network with the bridge &apos;{0}&apos; already exists.</source>
        <translation>Xa existe unha rede coa ponte &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid IP address.</source>
        <translation>&apos;{0}&apos; non é un enderezo IP válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs the Open vSwitch network stack on the server.</source>
        <translation>Isto necesita a pila de rede Open vSwitch no servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; has no IP address for the tunnel.</source>
        <translation>A interface &apos;{0}&apos; non ten enderezo IP para o túnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload balancing is not connected for this pool.</source>
        <translation>O balance de carga non está conectado para este pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload balancing is paused for this pool.</source>
        <translation>O balance de carga está en pausa para este pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid workload balancing address (use host:port).</source>
        <translation>&apos;{0}&apos; non é un enderezo de balance de carga válido (usa equipo:porto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload balancing server refused the connection.</source>
        <translation>O servidor de balance de carga rexeitou a conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload balancing server did not accept the user name and password.</source>
        <translation>O servidor de balance de carga non aceptou o nome de usuario e o contrasinal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workload balancing server could not log in to the pool with the account given.</source>
        <translation>O servidor de balance de carga non puido iniciar sesión no pool coa conta indicada.</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../xencenter/ui/panes/events_model.py" line="+26"/>
        <source>Running</source>
        <translation>En execución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Rematado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>Traballando...</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{0} (started by another client)</source>
        <translation>{0} (iniciado por outro cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/panes/events.py" line="+77"/>
        <location line="+5"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/panes/events_model.py" line="-46"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/panes/events.py" line="+13"/>
        <source>Dismiss All Finished</source>
        <translation>Descartar todos os rematados</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/folders.py" line="+18"/>
        <source>New Folder</source>
        <translation>Novo cartafol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Folder</source>
        <translation>Mover ao cartafol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder path</source>
        <translation>Ruta do cartafol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/Folder/Subfolder</source>
        <translation>/Cartafol/Subcartafol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate nested folders with &apos;/&apos;.</source>
        <translation>Separa os cartafoles aniñados con &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartafol:</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/general.py" line="+31"/>
        <source>Property</source>
        <translation>Propiedade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This object no longer exists.</source>
        <translation>Este obxecto xa non existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/properties.py" line="+38"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>En execución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Halted</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+133"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power state</source>
        <translation>Estado de enerxía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (no guest tools)</source>
        <translation>Descoñecido (sen ferramentas do convidado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Enderezo IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Not running</source>
        <translation>Non está en execución</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Dynamic memory</source>
        <translation>Memoria dinámica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (maximum {1})</source>
        <translation>{0} (máximo {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Uptime</source>
        <translation>Tempo en marcha</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>VM protection policy</source>
        <translation>Política de protección de MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A VM protection policy</source>
        <translation>Unha política de protección de MV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} (disabled)</source>
        <translation>{0} (desactivada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} (start order {1}, start delay {2} s, shutdown delay {3} s)</source>
        <translation>{0} (orde de arranque {1}, espera de arranque {2} s, espera de apagado {3} s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start sequence</source>
        <translation>Secuencia de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdown sequence</source>
        <translation>Secuencia de apagado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} (build {1})</source>
        <translation>{0} (compilación {1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>Pool master</source>
        <translation>Mestre do pool</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>In maintenance mode</source>
        <translation>En modo de mantemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Sen resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management IP</source>
        <translation>IP de xestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Nome do equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU model</source>
        <translation>Modelo de CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1} sockets)</source>
        <translation>{0} ({1} sockets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free memory</source>
        <translation>Memoria libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IntelliCache</source>
        <translation>IntelliCache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled, on {0}</source>
        <translation>Activado, en {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default storage</source>
        <translation>Almacenamento predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>High availability</source>
        <translation>Alta dispoñibilidade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content type</source>
        <translation>Tipo de contido</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Utilization</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} used of {1} ({2})</source>
        <translation>{0} usados de {1} ({2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual allocation</source>
        <translation>Asignación virtual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managed</source>
        <translation>Xestionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space used</source>
        <translation>Espazo usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Só lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached (IntelliCache)</source>
        <translation>En caché (IntelliCache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At each start</source>
        <translation>En cada arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the state at boot</source>
        <translation>Restablécese ao estado inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps its changes</source>
        <translation>Conserva os seus cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/organise_rows.py" line="+33"/>
        <source>Folder</source>
        <translation>Cartafol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organise</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>HaTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/ha.py" line="+21"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart priority</source>
        <translation>Prioridade de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start order</source>
        <translation>Orde de arranque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delay (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>High availability status</source>
        <translation>Estado da alta dispoñibilidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart priorities of the VMs</source>
        <translation>Prioridades de reinicio das MV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;High availability is on.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A alta dispoñibilidade está activada.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat SR: {0}</source>
        <translation>SR do latexo: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server failures tolerated: {0}; the current plan covers {1}.</source>
        <translation>Fallos de servidor tolerados: {0}; o plan actual cobre {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The pool is overcommitted:&lt;/b&gt; if servers fail, not every protected VM can be restarted.</source>
        <translation>&lt;b&gt;O pool está sobrecomprometido:&lt;/b&gt; se fallan servidores, non se poden reiniciar todas as MV protexidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;High availability is off.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A alta dispoñibilidade está desactivada.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it is on, the VMs with the priority Restart are restarted on another server if theirs fails. Use Configure HA to turn it on.</source>
        <translation>Cando está activada, as MV coa prioridade Reiniciar reinícianse noutro servidor se falla o seu. Usa Configurar HA para activala.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit HA...</source>
        <translation>Editar HA...</translation>
    </message>
</context>
<context>
    <name>HaWizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/ha.py" line="+30"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart if possible</source>
        <translation>Reiniciar se é posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restart</source>
        <translation>Non reiniciar</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+18"/>
        <location filename="../../xencenter/ui/wizards/ha.py" line="+42"/>
        <source>Heartbeat SR</source>
        <translation>SR do latexo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>High availability needs shared storage for its heartbeat (the statefile), and this pool has none.</source>
        <translation>A alta dispoñibilidade precisa almacenamento compartido para o seu latexo (o ficheiro de estado), e este pool non ten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the SR for the heartbeat.</source>
        <translation>Escolle o SR para o latexo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>HA Plan</source>
        <translation>Plan de HA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of &apos;{0}&apos; cannot be negative.</source>
        <translation>A orde de &apos;{0}&apos; non pode ser negativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start delay of &apos;{0}&apos; cannot be negative.</source>
        <translation>A espera de arranque de &apos;{0}&apos; non pode ser negativa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failures to Tolerate</source>
        <translation>Fallos que tolerar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of failures cannot be negative.</source>
        <translation>O número de fallos non pode ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the server to compute the plan...</source>
        <translation>Agardando a que o servidor calcule o plan...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these restart priorities the pool can tolerate at most {0} server failures: lower the number, or restart fewer VMs.</source>
        <translation>Con estas prioridades de reinicio o pool pode tolerar como moito {0} fallos de servidor: baixa o número ou reinicia menos MV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/wizards/ha.py" line="+142"/>
        <source>Server failures to tolerate</source>
        <translation>Fallos de servidor que tolerar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Setting the restart priorities</source>
        <translation>Poñendo as prioridades de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Setting the failures to tolerate</source>
        <translation>Poñendo os fallos que tolerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the high availability settings of &apos;{0}&apos;</source>
        <translation>Cambiando a configuración de alta dispoñibilidade de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning on high availability</source>
        <translation>Activando a alta dispoñibilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning on high availability for &apos;{0}&apos;</source>
        <translation>Activando a alta dispoñibilidade en &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/ha.py" line="-138"/>
        <source>The servers of the pool write a heartbeat to a statefile on shared storage; a server whose heartbeat stops is fenced and its protected VMs restart elsewhere.</source>
        <translation>Os servidores do pool escriben un latexo nun ficheiro de estado no almacenamento compartido; un servidor cuxo latexo se detén quédase illado e as súas MV protexidas reinícianse noutro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heartbeat SR:</source>
        <translation>SR do &amp;latexo:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Restart priorities</source>
        <translation>Prioridades de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restart priority</source>
        <translation>Prioridade de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start order</source>
        <translation>Orde de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart priority of {0}</source>
        <translation>Prioridade de reinicio de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start order of {0}</source>
        <translation>Orde de arranque de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start delay of {0}</source>
        <translation>Espera de arranque de {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan</source>
        <translation>O plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart: the VM is restarted on another server when its server fails, and the plan guarantees it a place. Restart if possible: only where memory is left. Servers restart VMs by start order, waiting the delay after each.</source>
        <translation>Reiniciar: a MV reiníciase noutro servidor cando falla o seu, e o plan garántelle un sitio. Reiniciar se é posible: só onde quede memoria. Os servidores reinician as MV pola orde de arranque, agardando o tempo indicado despois de cada unha.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Computing the plan...</source>
        <translation>Calculando o plan...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these priorities the pool can tolerate {0} server failures.</source>
        <translation>Con estas prioridades o pool pode tolerar {0} fallos de servidor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the plan allows</source>
        <translation>O que permite o plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server failures to tolerate:</source>
        <translation>Fallos de &amp;servidor que tolerar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan allows at most {0}.</source>
        <translation>O plan permite como moito {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit High Availability — {0}</source>
        <translation>Editar a alta dispoñibilidade — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure High Availability — {0}</source>
        <translation>Configurar a alta dispoñibilidade — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../xencenter/core/language.py" line="+12"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galego</source>
        <translation>Galego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Español</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../xencenter/core/lessons.py" line="+123"/>
        <source>{0} is too large for a lesson file (at most {1} KiB).</source>
        <translation>{0} é grande de máis para un ficheiro de lección (como moito {1} KiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a text file in UTF-8.</source>
        <translation>{0} non é un ficheiro de texto en UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cannot be read: {1}</source>
        <translation>Non se pode ler {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/lessons.py" line="+42"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>En execución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallou</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons on {0}</source>
        <translation>Leccións en {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons shipped with the simulator</source>
        <translation>Leccións incluídas co simulador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open File...</source>
        <translation>&amp;Abrir ficheiro...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Deter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson progress</source>
        <translation>Progreso da lección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson steps</source>
        <translation>Pasos da lección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lesson runs in the simulator on its clock (use the simulation toolbar to pause or speed it up); its narration appears in the Alerts pane. Closing this window does not stop it.</source>
        <translation>Unha lección execútase no simulador co seu reloxo (usa a barra de simulación para poñela en pausa ou acelerala); a súa narración aparece no panel de Alertas. Pechar esta xanela non a detén.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} ({1} steps)</source>
        <translation>{0} ({1} pasos)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No lesson has been started on this server.</source>
        <translation>Aínda non se iniciou ningunha lección neste servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at {0} of {1}.</source>
        <translation>Detida en {0} de {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished ({1}).</source>
        <translation>Rematada ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open Lesson File</source>
        <translation>Abrir un ficheiro de lección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson files (*.toml)</source>
        <translation>Ficheiros de lección (*.toml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/license.py" line="+56"/>
        <source>License Manager — {0}</source>
        <translation>Xestor de licenzas — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Servers and their licences</source>
        <translation>Servidores e as súas licenzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Licence expires</source>
        <translation>A licenza caduca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition to assign</source>
        <translation>Edición que asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to the pool</source>
        <translation>&amp;Asignar ao pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to the pool</source>
        <translation>Asignar ao pool</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features by edition</source>
        <translation>Funcionalidades por edición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the matrix</source>
        <translation>Sobre a táboa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Edición:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This server is not the simulator: it reports its own edition and restrictions, shown above; the course&apos;s comparison of editions comes with the simulator.</source>
        <translation>Este servidor non é o simulador: informa da súa propia edición e das súas restricións, amosadas enriba; a comparación de edicións do curso vén co simulador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} (today)</source>
        <translation>{0} (actual)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History: shown as the course lists it, not simulated.</source>
        <translation>Historia: amósase como a recolle o curso, non se simula.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s comparison of Xen Cloud Platform with the XenServer editions, and today&apos;s XCP-ng, Standard and Premium. Assigning an edition sets what the simulated pool licenses: a feature it lacks is refused (LICENCE_RESTRICTION) and its verbs are greyed out. StorageLink and the provisioning services are history: listed, not simulated.</source>
        <translation>A comparación do curso entre Xen Cloud Platform e as edicións de XenServer, e as actuais XCP-ng, Standard e Premium. Asignar unha edición fixa o que ten licenciado o pool simulado: unha funcionalidade que lle falte rexéitase (LICENCE_RESTRICTION) e as súas accións aparecen desactivadas. StorageLink e os servizos de aprovisionamento son historia: lístanse, non se simulan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assigning the edition {0}</source>
        <translation>Asignando a edición {0}</translation>
    </message>
</context>
<context>
    <name>LogsTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/logs.py" line="+32"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Descoñecido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History of this object</source>
        <translation>Historial deste obxecto</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} ({1}%)</source>
        <translation>{0} ({1}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../xencenter/ui/mainwindow.py" line="+58"/>
        <source>XenCenter</source>
        <translation>XenCenter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection status</source>
        <translation>Estado da conexión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xit</source>
        <translation>&amp;Saír</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Pool</source>
        <translation>&amp;Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;M</source>
        <translation>&amp;MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torage</source>
        <translation>Almace&amp;namento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options...</source>
        <translation>&amp;Opcións...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;xuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About XenCenter</source>
        <translation>&amp;Acerca de XenCenter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atallos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About XenCenter</source>
        <translation>Acerca de XenCenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XenCenter-Qt: a management console for Xen pools.</source>
        <translation>XenCenter-Qt: unha consola de xestión para pools Xen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connected to {0} of {1} servers</source>
        <translation>Conectado a {0} de {1} servidores</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/menus.py" line="+165"/>
        <source>{0}, rated by the simulator&apos;s own workload balancing</source>
        <translation>{0}, segundo o balance de carga propio do simulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start on Server</source>
        <translation>Iniciar no servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume on Server</source>
        <translation>Retomar no servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate to Server</source>
        <translation>Migrar ao servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to vApp</source>
        <translation>Asignar a unha vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable IntelliCache on</source>
        <translation>Activar IntelliCache en</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/viewmenu.py" line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Infrastructure</source>
        <translation>&amp;Infraestrutura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objects</source>
        <translation>&amp;Obxectos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show &amp;Templates</source>
        <translation>Amosar &amp;modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Local Storage</source>
        <translation>Amosar almacenamento &amp;local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Hidden Objects</source>
        <translation>Amosar obxectos &amp;agochados</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/language_menu.py" line="+18"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The console will use this language the next time it starts.</source>
        <translation>A consola usará este idioma a próxima vez que arrinque.</translation>
    </message>
</context>
<context>
    <name>ManagementInterface</name>
    <message>
        <location filename="../../xencenter/core/network_settings.py" line="+59"/>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the interface for management.</source>
        <translation>Escolle a interface para a xestión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the IP address (four numbers, such as 192.0.2.10).</source>
        <translation>Escribe o enderezo IP (catro números, como 192.0.2.10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the subnet mask (such as 255.255.255.0).</source>
        <translation>Escribe a máscara de subrede (como 255.255.255.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway is not an IP address.</source>
        <translation>A pasarela non é un enderezo IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS servers must be IP addresses, separated by commas.</source>
        <translation>Os servidores DNS deben ser enderezos IP, separados por comas.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/network_dialogs.py" line="+105"/>
        <source>Management interface of &apos;{0}&apos;</source>
        <translation>Interface de xestión de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Enderezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (DHCP)</source>
        <translation>Automático (DHCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static address</source>
        <translation>Enderezo estático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Enderezo IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask</source>
        <translation>Máscara de subrede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool&apos;s servers and consoles reach the server at this address; a console connected to the old one reconnects.</source>
        <translation>Os servidores do pool e as consolas chegan ao servidor neste enderezo; unha consola conectada ao antigo reconéctase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the management interface</source>
        <translation>Sobre a interface de xestión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Enderezo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IP address:</source>
        <translation>Enderezo I&amp;P:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet &amp;mask:</source>
        <translation>&amp;Máscara de subrede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>Servidores &amp;DNS:</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/manager.py" line="+80"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Pechar</translation>
    </message>
</context>
<context>
    <name>MemoryRange</name>
    <message>
        <location filename="../../xencenter/core/memory_range.py" line="+37"/>
        <source>The dynamic minimum cannot be below the static minimum ({0}).</source>
        <translation>O mínimo dinámico non pode estar por debaixo do mínimo estático ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dynamic minimum cannot be above the dynamic maximum.</source>
        <translation>O mínimo dinámico non pode estar por riba do máximo dinámico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dynamic maximum cannot be above the static maximum ({0}); changing that needs the VM shut down.</source>
        <translation>O máximo dinámico non pode estar por riba do máximo estático ({0}); cambialo require apagar a MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server can give this VM at most {0} now (it holds {1}, the server has {2} free).</source>
        <translation>O servidor pode darlle a esta MV como moito {0} agora (ten {1}, o servidor ten {2} libres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Static minimum {0} ≤ dynamic minimum {1} ≤ dynamic maximum {2} ≤ static maximum {3}.</source>
        <translation>Mínimo estático {0} ≤ mínimo dinámico {1} ≤ máximo dinámico {2} ≤ máximo estático {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xen balloons the running VM between these two values as the server needs memory; the server can give it up to {0}.</source>
        <translation>Xen axusta co balón a MV en execución entre estes dous valores segundo a memoria que precise o servidor; o servidor pode darlle ata {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM starts with the dynamic maximum when the server has it, and never with less than the dynamic minimum.</source>
        <translation>A MV arrinca co máximo dinámico cando o servidor o ten, e nunca con menos do mínimo dinámico.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/perf_writes.py" line="+75"/>
        <source>Changing the memory of {0}</source>
        <translation>Cambiando a memoria de {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/memory.py" line="+134"/>
        <source>The VM must be running or shut down to change its memory range.</source>
        <translation>A MV ten que estar en execución ou apagada para cambiar o seu rango de memoria.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/memory_editor.py" line="+27"/>
        <location line="+2"/>
        <source>Dynamic memory range</source>
        <translation>Rango de memoria dinámica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dynamic minimum</source>
        <translation>Mínimo dinámico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic maximum</source>
        <translation>Máximo dinámico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the dynamic memory range</source>
        <translation>Aplicar o rango de memoria dinámica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to the VM&apos;s current range</source>
        <translation>Volver ao rango actual da MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum:</source>
        <translation>Mínimo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maximum:</source>
        <translation>Máximo:</translation>
    </message>
</context>
<context>
    <name>MemoryTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/memory.py" line="-94"/>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Control domain</source>
        <translation>Dominio de control</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>balloon target {0} of static maximum {1}</source>
        <translation>obxectivo do balón {0} dun máximo estático de {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memory of {0}</source>
        <translation>Memoria de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memory figures: the server&apos;s metrics are missing.</source>
        <translation>Non hai cifras de memoria: faltan as métricas do servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total {0}, used {1}, free {2}</source>
        <translation>Total {0}, usada {1}, libre {2}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VM memory</source>
        <translation>Memoria das MV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current memory</source>
        <translation>Memoria actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic range</source>
        <translation>Rango dinámico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static range</source>
        <translation>Rango estático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obxectivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to dynamic maximum</source>
        <translation>Ata o máximo dinámico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running</source>
        <translation>Non está en execución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A running VM&apos;s dynamic range applies at once: Xen balloons it within the range.</source>
        <translation>O rango dinámico dunha MV en execución aplícase ao momento: Xen axústaa co balón dentro do rango.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This object no longer exists.</source>
        <translation>Este obxecto xa non existe.</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/pages.py" line="+15"/>
        <source>(none)</source>
        <translation>(ningunha)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>checking...</source>
        <translation>comprobando...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the server to migrate the VM to.</source>
        <translation>Escolle o servidor ao que migrar a MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; cannot take the VM: {1}</source>
        <translation>&apos;{0}&apos; non pode acoller a MV: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cross-pool migration (live)</source>
        <translation>Migración entre pools (en quente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-pool move (the VM is not running)</source>
        <translation>Traslado entre pools (a MV non está en execución)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live migration (XenMotion)</source>
        <translation>Migración en quente (XenMotion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live migration with its storage (Storage XenMotion)</source>
        <translation>Migración en quente co seu almacenamento (Storage XenMotion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move (the VM is not running)</source>
        <translation>Traslado (a MV non está en execución)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an SR for &apos;{0}&apos;.</source>
        <translation>Escolle un repositorio para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; cannot reach &apos;{1}&apos;, so XenMotion cannot leave the disk there: choose storage the server reaches and the disk moves with the VM (Storage XenMotion).</source>
        <translation>&apos;{0}&apos; non pode chegar a &apos;{1}&apos;, así que XenMotion non pode deixar alí o disco: escolle un almacenamento ao que chegue o servidor e o disco móvese coa MV (Storage XenMotion).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>moves to {0}</source>
        <translation>móvese a {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stays on {0}</source>
        <translation>queda en {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk {0}</source>
        <translation>Disco {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a network for interface {0}.</source>
        <translation>Escolle unha rede para a interface {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface {0}</source>
        <translation>Interface {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migration Network</source>
        <translation>Rede de migración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the network the migration uses.</source>
        <translation>Escolle a rede que usa a migración.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/run.py" line="+30"/>
        <location line="+6"/>
        <source>XenMotion figures: not available from this server.</source>
        <translation>Cifras de XenMotion: este servidor non as proporciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XenMotion pre-copy: {0} rounds, memory sent per round {1}; dirty pages left for the final copy {2}; downtime {3} ms.</source>
        <translation>Precopia de XenMotion: {0} roldas, memoria enviada por rolda {1}; páxinas sucias para a copia final {2}; tempo de parada {3} ms.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migrating the VM&apos;s memory (XenMotion)</source>
        <translation>Migrando a memoria da MV (XenMotion)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected to {0}.</source>
        <translation>Sen conexión con {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the destination</source>
        <translation>Preparando o destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the VM&apos;s disks and memory</source>
        <translation>Copiando os discos e a memoria da MV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting the VM&apos;s home server</source>
        <translation>Poñendo o servidor de orixe da MV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading XenMotion&apos;s figures</source>
        <translation>Lendo as cifras de XenMotion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrating VM &apos;{0}&apos;</source>
        <translation>Migrando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/migrate/pages.py" line="+33"/>
        <source>Destination pool</source>
        <translation>Pool de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination server</source>
        <translation>Servidor de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination &amp;pool:</source>
        <translation>&amp;Pool de destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where the VM goes. Each server is asked whether it can take the VM.</source>
        <translation>Escolle a onde vai a MV. Pregúntaselle a cada servidor se pode acoller a MV.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>can take the VM</source>
        <translation>pode acoller a MV</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Storage mapping</source>
        <translation>Correspondencia de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now on</source>
        <translation>Agora en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination storage</source>
        <translation>Almacenamento de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Where each disk goes. A disk left on its storage stays (XenMotion); a disk given other storage is copied while the VM runs (Storage XenMotion).</source>
        <translation>Onde vai cada disco. Un disco que queda no seu almacenamento non se move (XenMotion); un disco ao que se lle dá outro almacenamento cópiase mentres a MV funciona (Storage XenMotion).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Destination storage of {0}</source>
        <translation>Almacenamento de destino de {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (where it is now)</source>
        <translation>{0} (onde está agora)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Network mapping</source>
        <translation>Correspondencia de redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination network</source>
        <translation>Rede de destino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network each interface joins:</source>
        <translation>A rede á que se une cada interface:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface {0} ({1})</source>
        <translation>Interface {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network of interface {0}</source>
        <translation>Rede da interface {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/pages.py" line="-8"/>
        <location filename="../../xencenter/ui/wizards/migrate/pages.py" line="+24"/>
        <source>Migration network</source>
        <translation>Rede de migración</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/migrate/pages.py" line="+2"/>
        <source>The destination receives the VM&apos;s disks and memory on this network:</source>
        <translation>O destino recibe os discos e a memoria da MV por esta rede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/migrate/wizard.py" line="+49"/>
        <source>Migrate VM — {0}</source>
        <translation>Migrar a MV — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrar</translation>
    </message>
</context>
<context>
    <name>MigrationView</name>
    <message>
        <location filename="../../xencenter/ui/tabs/migrationview.py" line="+50"/>
        <source>Pre-copy rounds</source>
        <translation>Roldas de precopia</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Live migration</source>
        <translation>Migración en quente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration figures</source>
        <translation>Cifras da migración</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Live migration (XenMotion)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Migración en quente (XenMotion)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM has not been migrated live since the simulator started; its pre-copy rounds will show here.</source>
        <translation>Esta MV non se migrou en quente desde que arrincou o simulador; as súas roldas de precopia aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Live migration (XenMotion)&lt;/b&gt;: {0}</source>
        <translation>&lt;b&gt;Migración en quente (XenMotion)&lt;/b&gt;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-copy round {0} of {1}: the guest runs while its memory is sent; pages it dirties are sent again in the next round.</source>
        <translation>Rolda de precopia {0} de {1}: o convidado segue funcionando mentres se envía a súa memoria; as páxinas que ensucia envíanse de novo na rolda seguinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {0} pre-copy rounds.</source>
        <translation>Feito: {0} roldas de precopia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory sent per round: {0}.</source>
        <translation>Memoria enviada por rolda: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop-and-copy of the last dirty pages: {0}; the guest was paused {1} ms.</source>
        <translation>Parada e copia das últimas páxinas sucias: {0}; o convidado estivo en pausa {1} ms.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../xencenter/core/navigation.py" line="+82"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting...</source>
        <translation>Reconectando...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed</source>
        <translation>A conexión fallou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/navigation/tree_view.py" line="+23"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/navigation/panel.py" line="+36"/>
        <source>Navigation view</source>
        <translation>Vista de navegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure</source>
        <translation>Infraestrutura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Obxectos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search...</source>
        <translation>Buscar...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/organise/views.py" line="+38"/>
        <source>Objects by Folder</source>
        <translation>Obxectos por cartafol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by Tag</source>
        <translation>Obxectos por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by Custom Field</source>
        <translation>Obxectos por campo personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by vApp</source>
        <translation>Obxectos por vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Searches</source>
        <translation>Buscas gardadas</translation>
    </message>
</context>
<context>
    <name>NetworkProperties</name>
    <message>
        <location filename="../../xencenter/core/network_settings.py" line="-61"/>
        <source>Type a name for the network.</source>
        <translation>Escribe un nome para a rede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTU must be from {0} to {1} bytes.</source>
        <translation>A MTU debe estar entre {0} e {1} bytes.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/network_dialogs.py" line="-101"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buttons</source>
        <translation>Botóns</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Properties of network &apos;{0}&apos;</source>
        <translation>Propiedades da rede &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatically add this network to new VMs</source>
        <translation>&amp;Engadir automaticamente esta rede ás novas MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to new VMs</source>
        <translation>Engadir ás novas MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new MTU applies to each interface when it is plugged again (a VM&apos;s at its next start).</source>
        <translation>Unha nova MTU aplícase a cada interface cando se volve conectar (a dunha MV no seu seguinte arranque).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the MTU</source>
        <translation>Sobre a MTU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU:</translation>
    </message>
</context>
<context>
    <name>NetworkingTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/networking.py" line="+25"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Enderezo IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>None</source>
        <translation>Ningunha</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Virtual network interfaces</source>
        <translation>Interfaces de rede virtuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
</context>
<context>
    <name>NewNetwork</name>
    <message>
        <location filename="../../xencenter/core/wizard/new_network.py" line="+47"/>
        <source>External network</source>
        <translation>Rede externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-server private network</source>
        <translation>Rede privada dun só servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-server private network</source>
        <translation>Rede privada entre servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonded network</source>
        <translation>Rede agregada (bond)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New Network</source>
        <translation>Nova rede</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Network Type</source>
        <translation>Tipo de rede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The servers have no physical NIC to use.</source>
        <translation>Os servidores non teñen ningunha NIC física que usar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a name for the network.</source>
        <translation>Escribe un nome para a rede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network named &apos;{0}&apos; already exists.</source>
        <translation>Xa existe unha rede chamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Si</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to new VMs</source>
        <translation>Engadida ás novas MV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network Settings</source>
        <translation>Configuración da rede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MTU must be between {0} and {1}.</source>
        <translation>A MTU ten que estar entre {0} e {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the NIC the network uses.</source>
        <translation>Escolle a NIC que usa a rede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VLAN tag is between 1 and 4094.</source>
        <translation>Unha etiqueta VLAN vai de 1 a 4094.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VLAN {0} is already used on {1}.</source>
        <translation>A VLAN {0} xa se usa en {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A bond joins 2 to 4 NICs of one server.</source>
        <translation>Unha agregación une de 2 a 4 NIC dun servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose NICs of the bond&apos;s server.</source>
        <translation>Escolle NIC do servidor da agregación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is already in a bond.</source>
        <translation>{0} xa está nunha agregación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the bond&apos;s mode.</source>
        <translation>Escolle o modo da agregación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../xencenter/ui/wizards/new_network.py" line="+116"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../xencenter/ui/wizards/new_network.py" line="-7"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/ui/wizards/new_network.py" line="+4"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonded NICs</source>
        <translation>NIC agregadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Creating the network</source>
        <translation>Creando a rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting it to the servers</source>
        <translation>Conectándoa aos servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating network &apos;{0}&apos;</source>
        <translation>Creando a rede &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_network.py" line="-68"/>
        <source>A VLAN on a NIC of every server: VMs reach the physical network.</source>
        <translation>Unha VLAN nunha NIC de cada servidor: as MV chegan á rede física.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NIC: VMs on the same server talk to each other only.</source>
        <translation>Sen NIC: as MV do mesmo servidor só falan entre elas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NIC of its own: GRE tunnels over each server&apos;s management interface join VMs on every server (the distributed switch).</source>
        <translation>Sen NIC propia: túneles GRE sobre a interface de xestión de cada servidor unen as MV de todos os servidores (o conmutador distribuído).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 4 NICs of one server act as one, for bandwidth or failover.</source>
        <translation>De 2 a 4 NIC dun servidor actúan como unha, para ter máis ancho de banda ou tolerancia a fallos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Automatically add this network to new virtual machines</source>
        <translation>&amp;Engadir automaticamente esta rede ás novas máquinas virtuais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to new VMs</source>
        <translation>Engadir ás novas MV</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server of the bond</source>
        <translation>Servidor da agregación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NICs to bond</source>
        <translation>NIC que agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bond mode</source>
        <translation>Modo da agregación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;IC:</source>
        <translation>N&amp;IC:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;VLAN:</source>
        <translation>&amp;VLAN:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NICs to &amp;bond:</source>
        <translation>NIC que a&amp;gregar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;TU:</source>
        <translation>M&amp;TU:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Bond</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Network — {0}</source>
        <translation>Nova rede — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
</context>
<context>
    <name>NewSr</name>
    <message>
        <location filename="../../xencenter/core/wizard/new_sr.py" line="+34"/>
        <source>NFS VHD</source>
        <translation>NFS VHD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NFS virtual disk storage</source>
        <translation>Almacenamento de discos virtuais en NFS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software iSCSI</source>
        <translation>iSCSI por software</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iSCSI virtual disk storage</source>
        <translation>Almacenamento de discos virtuais en iSCSI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hardware HBA</source>
        <translation>HBA por hardware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware HBA virtual disk storage</source>
        <translation>Almacenamento de discos virtuais en HBA por hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NFS ISO library</source>
        <translation>Biblioteca ISO en NFS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows File Sharing (CIFS) ISO library</source>
        <translation>Biblioteca ISO en compartición de ficheiros de Windows (CIFS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CIFS ISO library</source>
        <translation>Biblioteca ISO en CIFS</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+8"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the type of the new storage.</source>
        <translation>Escolle o tipo do novo almacenamento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type a name for the storage repository.</source>
        <translation>Escribe un nome para o repositorio de almacenamento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ningunha)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the address of the storage server.</source>
        <translation>Escribe o enderezo do servidor de almacenamento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is not a host name or an IP address.</source>
        <translation>&apos;{0}&apos; non é un nome de equipo nin un enderezo IP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanning the storage...</source>
        <translation>Explorando o almacenamento...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or scan for the export path, such as /export/vms.</source>
        <translation>Escribe ou explora a ruta exportada, como /export/vms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the share as server:/path.</source>
        <translation>Escribe a compartición como servidor:/ruta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the share as //server/sharename.</source>
        <translation>Escribe a compartición como //servidor/nomecompartido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the user name the password belongs to.</source>
        <translation>Escribe o nome de usuario ao que pertence o contrasinal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the target and choose its IQN.</source>
        <translation>Explora o destino e escolle o seu IQN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the LUN for the new storage.</source>
        <translation>Escolle o LUN para o novo almacenamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the location to check it before going on.</source>
        <translation>Explora a localización para comprobala antes de seguir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Existing SR</source>
        <translation>SR existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reattach {0}</source>
        <translation>volver conectar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new SR (an SR on a LUN is erased)</source>
        <translation>crear un SR novo (un SR nun LUN bórrase)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The pool is not connected.</source>
        <translation>O pool non está conectado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Introducing the storage repository</source>
        <translation>Presentando o repositorio de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching it to every server</source>
        <translation>Conectándoo a todos os servidores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reattaching storage repository &apos;{0}&apos;</source>
        <translation>Volvendo conectar o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the storage repository</source>
        <translation>Creando o repositorio de almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating storage repository &apos;{0}&apos;</source>
        <translation>Creando o repositorio de almacenamento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the pool&apos;s default storage</source>
        <translation>Comprobando o almacenamento predeterminado do pool</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_sr_probe.py" line="+69"/>
        <source>The server&apos;s answer to the scan could not be read.</source>
        <translation>Non se puido ler a resposta do servidor á exploración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected to the pool.</source>
        <translation>Sen conexión co pool.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The storage reported: {0}</source>
        <translation>O almacenamento informou: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_sr.py" line="+43"/>
        <source>What kind of storage is it?</source>
        <translation>Que tipo de almacenamento é?</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_sr.py" line="-138"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_sr.py" line="+44"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Path or share</source>
        <translation>Ruta ou compartición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nome de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target IQN</source>
        <translation>IQN de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reattach the existing storage repository</source>
        <translation>&amp;Volver conectar o repositorio de almacenamento existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reattach</source>
        <translation>Volver conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new storage repository (on a LUN this erases the existing one)</source>
        <translation>Crear un repositorio de almacenamento &amp;novo (nun LUN isto borra o existente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create new</source>
        <translation>Crear novo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;erver:</source>
        <translation>S&amp;ervidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Contrasi&amp;nal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target &amp;IQN:</source>
        <translation>&amp;IQN de destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;LUN:</source>
        <translation>&amp;LUN:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>LUN {0}: {1} {2} ({3})</source>
        <translation>LUN {0}: {1} {2} ({3})</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>New Storage Repository — {0}</source>
        <translation>Novo repositorio de almacenamento — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
</context>
<context>
    <name>NewVm</name>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/create.py" line="+55"/>
        <source>the new VM &apos;{0}&apos; and its disks</source>
        <translation>a nova MV &apos;{0}&apos; e os seus discos</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cloning the template</source>
        <translation>Clonando o modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the disks</source>
        <translation>Creando os discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting name, CPUs and memory</source>
        <translation>Poñendo o nome, as CPU e a memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the network interfaces</source>
        <translation>Creando as interfaces de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inserting the installation media</source>
        <translation>Inserindo o medio de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the VM</source>
        <translation>Iniciando a MV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating VM &apos;{0}&apos;</source>
        <translation>Creando a MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/hosts.py" line="+46"/>
        <source>The server has no hardware virtualization support (Intel VT or AMD-V), which this template needs.</source>
        <translation>O servidor non ten virtualización por hardware (Intel VT ou AMD-V), que precisa este modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has only {0} of memory.</source>
        <translation>O servidor só ten {0} de memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough free memory: the VM needs {0}, the server has {1} available.</source>
        <translation>Non hai memoria libre dabondo: a MV precisa {0} e o servidor ten {1} dispoñible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot reach the storage &apos;{0}&apos;.</source>
        <translation>O servidor non pode chegar ao almacenamento &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages.py" line="+22"/>
        <location line="+11"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose a template.</source>
        <translation>Escolle un modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template no longer exists.</source>
        <translation>O modelo xa non existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Type a name for the new VM.</source>
        <translation>Escribe un nome para a nova MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is too long (at most {0} characters).</source>
        <translation>O nome é longo de máis (como moito {0} caracteres).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A VM named &apos;{0}&apos; already exists; choose another name.</source>
        <translation>Xa existe unha MV chamada &apos;{0}&apos;; escolle outro nome.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The template does not allow this installation method.</source>
        <translation>O modelo non permite este método de instalación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server of this pool has a CD or DVD drive.</source>
        <translation>Ningún servidor deste pool ten unidade de CD ou DVD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only HVM templates can boot from the network (PXE).</source>
        <translation>Só os modelos HVM poden arrincar desde a rede (PXE).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Installation Media</source>
        <translation>Medio de instalación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose how to install the new VM.</source>
        <translation>Escolle como instalar a nova MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an ISO image.</source>
        <translation>Escolle unha imaxe ISO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CD or DVD drive.</source>
        <translation>Escolle unha unidade de CD ou DVD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation media</source>
        <translation>Medio de instalación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CD/DVD drive {0}</source>
        <translation>Unidade de CD/DVD {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boot from the network (PXE)</source>
        <translation>Arrincar desde a rede (PXE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the address of the installation repository.</source>
        <translation>Escribe o enderezo do repositorio de instalación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a full address such as http://deb.debian.org/debian/ (http, ftp or nfs).</source>
        <translation>Escribe un enderezo completo como http://deb.debian.org/debian/ (http, ftp ou nfs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template cannot install from {0} addresses.</source>
        <translation>O modelo non pode instalar desde enderezos {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_devices.py" line="+34"/>
        <source>A disk needs a size of at least 1 MiB.</source>
        <translation>Un disco precisa un tamaño de polo menos 1 MiB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disk can be at most {0}.</source>
        <translation>Un disco pode ter como moito {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disk cloned from the template can grow but not shrink (at least {0}).</source>
        <translation>Un disco clonado do modelo pode crecer pero non encoller (polo menos {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows needs a system disk of at least {0}.</source>
        <translation>Windows precisa un disco de sistema de polo menos {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a storage repository for the disk.</source>
        <translation>Escolle un repositorio de almacenamento para o disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The home server &apos;{0}&apos; cannot reach &apos;{1}&apos;.</source>
        <translation>O servidor de orixe &apos;{0}&apos; non pode chegar a &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_devices.py" line="+73"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not enough space on &apos;{0}&apos;: the disks need {1}, {2} is free.</source>
        <translation>Non hai espazo dabondo en &apos;{0}&apos;: os discos precisan {1} e hai {2} libres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disk {0}</source>
        <translation>Disco {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>None</source>
        <translation>Ningunha</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Type a MAC address as six pairs of hexadecimal digits, e.g. 02:16:3e:12:34:56, or leave it empty for a generated one.</source>
        <translation>Escribe un enderezo MAC como seis pares de díxitos hexadecimais, p. ex. 02:16:3e:12:34:56, ou déixao baleiro para que se xere un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is a multicast address; a network interface needs a unicast one.</source>
        <translation>{0} é un enderezo multicast; unha interface de rede precisa un unicast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MAC address {0} is already used by another network interface.</source>
        <translation>O enderezo MAC {0} xa o usa outra interface de rede.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The template allows at most {0} network interfaces.</source>
        <translation>O modelo permite como moito {0} interfaces de rede.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a network for interface {0}.</source>
        <translation>Escolle unha rede para a interface {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generated MAC</source>
        <translation>MAC xerada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface {0}</source>
        <translation>Interface {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_host.py" line="+35"/>
        <source>Home Server</source>
        <translation>Servidor de orixe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server no longer exists.</source>
        <translation>O servidor xa non existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; cannot run the new VM: {1}</source>
        <translation>&apos;{0}&apos; non pode executar a nova MV: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (the pool chooses a server at start)</source>
        <translation>Ningún (o pool escolle un servidor ao arrincar)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CPU &amp; Memory</source>
        <translation>CPU e memoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A VM needs at least one vCPU.</source>
        <translation>Unha MV precisa polo menos unha vCPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template allows at most {0} vCPUs.</source>
        <translation>O modelo permite como moito {0} vCPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server &apos;{0}&apos; has only {1} CPUs.</source>
        <translation>O servidor &apos;{0}&apos; só ten {1} CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server of the pool has more than {0} CPUs.</source>
        <translation>Ningún servidor do pool ten máis de {0} CPU.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of vCPUs must be a multiple of the cores per socket.</source>
        <translation>O número de vCPU ten que ser múltiplo dos núcleos por socket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum memory cannot be more than the maximum.</source>
        <translation>A memoria mínima non pode ser maior ca a máxima.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template needs at least {0} of memory.</source>
        <translation>O modelo precisa polo menos {0} de memoria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template allows at most {0} of memory.</source>
        <translation>O modelo permite como moito {0} de memoria.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server &apos;{0}&apos; has only {1} of memory.</source>
        <translation>O servidor &apos;{0}&apos; só ten {1} de memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server of the pool has more than {0} of memory.</source>
        <translation>Ningún servidor do pool ten máis de {0} de memoria.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} sockets of {2} cores)</source>
        <translation>{0} ({1} sockets de {2} núcleos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_devices.py" line="-36"/>
        <source>&amp;Add...</source>
        <translation>&amp;Engadir...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Engadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Virtual disks</source>
        <translation>Discos virtuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The new VM&apos;s virtual disks:</source>
        <translation>Os discos virtuais da nova MV:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size of disk {0}</source>
        <translation>Tamaño do disco {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage of disk {0}</source>
        <translation>Almacenamento do disco {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A disk of the template is cloned on its own storage.</source>
        <translation>Un disco do modelo clónase no seu propio almacenamento.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Network interfaces</source>
        <translation>Interfaces de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC address</source>
        <translation>Enderezo MAC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new VM&apos;s network interfaces (leave the MAC empty for a generated one):</source>
        <translation>As interfaces de rede da nova MV (deixa a MAC baleira para que se xere unha):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network of interface {0}</source>
        <translation>Rede da interface {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MAC address of interface {0}</source>
        <translation>Enderezo MAC da interface {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generated</source>
        <translation>xerada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Start the new VM automatically</source>
        <translation>&amp;Iniciar a nova MV automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new VM automatically</source>
        <translation>Iniciar a nova MV automaticamente</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_host.py" line="-93"/>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_host.py" line="+31"/>
        <source>Home server</source>
        <translation>Servidor de orixe</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_host.py" line="+2"/>
        <source>A VM with a home server starts there when it can; without one, the pool chooses a server each time it starts.</source>
        <translation>Unha MV cun servidor de orixe arrinca nel cando pode; sen el, o pool escolle un servidor cada vez que arrinca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t assign a home server</source>
        <translation>Non asignar servidor de orixe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking...</source>
        <translation>comprobando...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>can run the VM</source>
        <translation>pode executar a MV</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of vCPUs</source>
        <translation>Número de vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cores per socket</source>
        <translation>Núcleos por socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum memory</source>
        <translation>Memoria mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of &amp;vCPUs:</source>
        <translation>Número de &amp;vCPU:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cores per socket:</source>
        <translation>&amp;Núcleos por socket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;inimum memory:</source>
        <translation>Memoria mí&amp;nima:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;aximum memory:</source>
        <translation>Memoria má&amp;xima:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the largest server</source>
        <translation>o servidor máis grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template: at most {0} vCPUs and {1} MiB. {2}: {3} CPUs, {4} MiB of memory.</source>
        <translation>Modelo: como moito {0} vCPU e {1} MiB. {2}: {3} CPU, {4} MiB de memoria.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_source.py" line="+34"/>
        <source>Search templates</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the template sets</source>
        <translation>O que define o modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a VM template:</source>
        <translation>Selecciona un modelo de MV:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in</source>
        <translation>incorporado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0}
{1} vCPUs, {2} of memory, disks: {3}, {4} guest.</source>
        <translation>{0}
{1} vCPU, {2} de memoria, discos: {3}, convidado {4}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages.py" line="-93"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_source.py" line="+17"/>
        <source>Install from an &amp;ISO library</source>
        <translation>Instalar desde unha biblioteca &amp;ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from a physical &amp;CD/DVD drive</source>
        <translation>Instalar desde unha unidade de &amp;CD/DVD física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from a &amp;network URL</source>
        <translation>Instalar desde un URL de &amp;rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boot from the network (PXE)</source>
        <translation>&amp;Arrincar desde a rede (PXE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ISO image</source>
        <translation>Imaxe ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CD/DVD drive</source>
        <translation>Unidade de CD/DVD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation repository URL</source>
        <translation>URL do repositorio de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. http://deb.debian.org/debian/</source>
        <translation>p. ex. http://deb.debian.org/debian/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where the guest&apos;s installer comes from:</source>
        <translation>Escolle de onde vén o instalador do convidado:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(choose an ISO image)</source>
        <translation>(escolle unha imaxe ISO)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(choose a drive)</source>
        <translation>(escolle unha unidade)</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/wizard.py" line="+67"/>
        <source>New VM — {0}</source>
        <translation>Nova MV — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Now</source>
        <translation>&amp;Crear agora</translation>
    </message>
</context>
<context>
    <name>NicsTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/nics.py" line="+27"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link status</source>
        <translation>Estado da ligazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplex</source>
        <translation>Dúplex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bond</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Physical network interfaces</source>
        <translation>Interfaces de rede físicas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create Bond...</source>
        <translation>&amp;Crear agregación...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Bond</source>
        <translation>Crear agregación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Bond</source>
        <translation>&amp;Eliminar agregación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Bond</source>
        <translation>Eliminar agregación</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/options.py" line="+59"/>
        <source>Confirmations</source>
        <translation>Confirmacións</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask for confirmation before:</source>
        <translation>Pedir confirmación antes de:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Options</source>
        <translation>Opcións</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Páxinas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Páxina</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
</context>
<context>
    <name>Ovf</name>
    <message>
        <location filename="../../xencenter/core/ovf.py" line="+92"/>
        <source>The package uses unknown allocation units &apos;{0}&apos;.</source>
        <translation>O paquete usa unidades de asignación descoñecidas &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s {0} is not a number: &apos;{1}&apos;.</source>
        <translation>O valor de {0} do paquete non é un número: &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package&apos;s {0} is negative.</source>
        <translation>O valor de {0} do paquete é negativo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OVF descriptor is not valid XML: {0}</source>
        <translation>O descritor OVF non é XML válido: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not an OVF descriptor (no Envelope).</source>
        <translation>O ficheiro non é un descritor OVF (sen Envelope).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk capacity</source>
        <translation>capacidade do disco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package describes no virtual system.</source>
        <translation>O paquete non describe ningún sistema virtual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU count</source>
        <translation>número de CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory size</source>
        <translation>tamaño da memoria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package gives the virtual system no memory.</source>
        <translation>O paquete non lle dá memoria ao sistema virtual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The OVA holds no .ovf descriptor.</source>
        <translation>O OVA non contén ningún descritor .ovf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package cannot be read: {0}</source>
        <translation>Non se pode ler o paquete: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk of the package names no file.</source>
        <translation>Un disco do paquete non indica ningún ficheiro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The package lacks the disk file {0}.</source>
        <translation>Ao paquete fáltalle o ficheiro de disco {0}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only fixed VHD disks can be imported; convert dynamic ones with qemu-img convert -O raw.</source>
        <translation>Só se poden importar discos VHD fixos; converte os dinámicos con qemu-img convert -O raw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>A disk file is larger than its capacity.</source>
        <translation>Un ficheiro de disco é maior ca a súa capacidade.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only stream-optimized VMDK disks can be imported; convert others with qemu-img convert -O raw.</source>
        <translation>Só se poden importar discos VMDK optimizados para fluxo; converte os outros con qemu-img convert -O raw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The VMDK disk is cut short.</source>
        <translation>O disco VMDK está truncado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VMDK disk&apos;s grains are out of order.</source>
        <translation>Os grans do disco VMDK están desordenados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A grain of the VMDK disk is damaged.</source>
        <translation>Un gran do disco VMDK está danado.</translation>
    </message>
</context>
<context>
    <name>OvfImport</name>
    <message>
        <location filename="../../xencenter/core/ovf_import.py" line="+111"/>
        <source>Importing disk {0} of {1}</source>
        <translation>Importando o disco {0} de {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the VM</source>
        <translation>Creando a MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting its network interfaces</source>
        <translation>Conectando as súas interfaces de rede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the VM</source>
        <translation>Iniciando a MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/password.py" line="+14"/>
        <source>Connect to {0}</source>
        <translation>Conectar con {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password of {0} on {1}.</source>
        <translation>Escribe o contrasinal de {0} en {1}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasinal:</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <location filename="../../xencenter/core/perf_writes.py" line="-21"/>
        <source>Saving the graphs of {0}</source>
        <translation>Gardando as gráficas de {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the alerts of {0}</source>
        <translation>Gardando as alertas de {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/events.py" line="+13"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut down</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooted</source>
        <translation>Reiniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrated</source>
        <translation>Migrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Retomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crashed</source>
        <translation>Fallou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server rebooted</source>
        <translation>Servidor reiniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/fetcher.py" line="+199"/>
        <source>Not connected.</source>
        <translation>Sen conexión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused the performance data (HTTP {0}): it did not accept the session.</source>
        <translation>O servidor negou os datos de rendemento (HTTP {0}): non aceptou a sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not send performance data ({0} answered HTTP {1}).</source>
        <translation>O servidor non puido enviar os datos de rendemento ({0} respondeu HTTP {1}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s performance data could not be read: {0}</source>
        <translation>Non se puideron ler os datos de rendemento do servidor: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/layout.py" line="+25"/>
        <source>CPU performance</source>
        <translation>Rendemento da CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory performance</source>
        <translation>Rendemento da memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network performance</source>
        <translation>Rendemento da rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk performance</source>
        <translation>Rendemento do disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph {0}</source>
        <translation>Gráfica {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/plan.py" line="+17"/>
        <location filename="../../xencenter/core/rrd/units.py" line="+78"/>
        <location line="+2"/>
        <source>Free memory</source>
        <translation>Memoria libre</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/units.py" line="-24"/>
        <source>no data</source>
        <translation>sen datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}/s</source>
        <translation>{0}/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU {0}</source>
        <translation>CPU {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average CPU</source>
        <translation>CPU media</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Total memory</source>
        <translation>Memoria total</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Memory target</source>
        <translation>Obxectivo de memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load average</source>
        <translation>Carga media</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received on {0}</source>
        <translation>Recibido en {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on {0}</source>
        <translation>Enviado en {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads on {0}</source>
        <translation>Lecturas en {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes on {0}</source>
        <translation>Escrituras en {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/perf_alerts.py" line="+39"/>
        <source>CPU usage above</source>
        <translation>Uso de CPU por riba de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network usage above</source>
        <translation>Uso de rede por riba de</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk usage above</source>
        <translation>Uso de disco por riba de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free memory below</source>
        <translation>Memoria libre por debaixo de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: level</source>
        <translation>{0}: nivel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: for minutes</source>
        <translation>{0}: durante minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: minutes between alerts</source>
        <translation>{0}: minutos entre alertas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Alerts of {0}</source>
        <translation>Alertas de {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert settings stored now cannot be read ({0}); saving replaces them.</source>
        <translation>A configuración de alertas gardada non se pode ler ({0}); ao gardar substitúese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert when</source>
        <translation>Alertar cando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Then wait</source>
        <translation>Despois agardar</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/perf_designer.py" line="+47"/>
        <source>Graphs of {0}</source>
        <translation>Gráficas de {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphs</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graph title</source>
        <translation>Título da gráfica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sources</source>
        <translation>Fontes de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour of the data source</source>
        <translation>Cor da fonte de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New graph</source>
        <translation>&amp;Nova gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>New graph</source>
        <translation>Nova gráfica</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>&amp;Delete graph</source>
        <translation>&amp;Eliminar a gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete graph</source>
        <translation>Eliminar a gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;riba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move graph up</source>
        <translation>Mover a gráfica para riba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Mover para a&amp;baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move graph down</source>
        <translation>Mover a gráfica para abaixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore default graphs</source>
        <translation>&amp;Restaurar as gráficas predeterminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore default graphs</source>
        <translation>Restaurar as gráficas predeterminadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the data source earlier</source>
        <translation>Debuxar a fonte de datos antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Despois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the data source later</source>
        <translation>Debuxar a fonte de datos despois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphs, top to bottom:</source>
        <translation>Gráficas, de arriba abaixo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data sources (ticked ones are drawn, in this order):</source>
        <translation>Fontes de datos (as marcadas debúxanse, nesta orde):</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/performance.py" line="+48"/>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 ano</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the last:</source>
        <translation>Amosar o último:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to the last {0}</source>
        <translation>Ampliar ao último {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Graphs…</source>
        <translation>&amp;Gráficas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design the graphs</source>
        <translation>Deseñar as gráficas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alertas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure performance alerts</source>
        <translation>Configurar as alertas de rendemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance data status</source>
        <translation>Estado dos datos de rendemento</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This object no longer exists.</source>
        <translation>Este obxecto xa non existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A pool&apos;s graphs compare its servers; select a server or VM to design its graphs or alerts.</source>
        <translation>As gráficas dun pool comparan os seus servidores; selecciona un servidor ou unha MV para deseñar as súas gráficas ou alertas.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Waiting for the first performance data…</source>
        <translation>Agardando polos primeiros datos de rendemento…</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/perfgraph.py" line="+90"/>
        <source>Values under the pointer</source>
        <translation>Valores baixo o punteiro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Graph: {0}</source>
        <translation>Gráfica: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/perfnav.py" line="+22"/>
        <source>Time navigator</source>
        <translation>Navegador de tempo</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../xencenter/core/plurals.py" line="+23"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n obxecto</numerusform>
            <numerusform>%n obxectos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <location filename="../../xencenter/core/pool_join.py" line="-19"/>
        <source>The server is already in a pool with other servers.</source>
        <translation>O servidor xa está nun pool con outros servidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on for the server; turn it off first.</source>
        <translation>A alta dispoñibilidade está activada no servidor; desactívaa primeiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shut down the server&apos;s VMs first ({0}).</source>
        <translation>Apaga primeiro as MV do servidor ({0}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server is this pool already.</source>
        <translation>O servidor xa é este pool.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pool master is not known yet.</source>
        <translation>Aínda non se coñece o mestre do pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on for the pool; turn it off first.</source>
        <translation>A alta dispoñibilidade está activada no pool; desactívaa primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server runs version {0} and the pool {1}; they must be the same.</source>
        <translation>O servidor ten a versión {0} e o pool a {1}; deben ser iguais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s CPU vendor differs from the pool&apos;s.</source>
        <translation>O fabricante da CPU do servidor é distinto do do pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s CPU differs from the pool&apos;s, and the pool&apos;s licence does not allow CPU masking (heterogeneous pools).</source>
        <translation>A CPU do servidor é distinta da do pool, e a licenza do pool non permite o enmascaramento de CPU (pools heteroxéneos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has shared storage ({0}); forget it first.</source>
        <translation>O servidor ten almacenamento compartido ({0}); esquéceo primeiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s domain ({0}) differs from the pool&apos;s ({1}).</source>
        <translation>O dominio do servidor ({0}) é distinto do do pool ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ningún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s edition ({0}) differs from the pool&apos;s ({1}).</source>
        <translation>A edición do servidor ({0}) é distinta da do pool ({1}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} has a CPU with other features than the pool&apos;s: its features are masked to the pool&apos;s level so that VMs can move between all servers.</source>
        <translation>{0} ten unha CPU con características distintas das do pool: as súas características enmascáranse ao nivel do pool para que as MV poidan moverse entre todos os servidores.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connections to the server and the pool must be open.</source>
        <translation>As conexións co servidor e co pool deben estar abertas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not appear in the pool after joining it.</source>
        <translation>O servidor non apareceu no pool despois de unirse a el.</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/pools.py" line="+65"/>
        <source>Name and description</source>
        <translation>Nome e descrición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name for the new pool.</source>
        <translation>Escribe un nome para o novo pool.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ningunha)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Master and members</source>
        <translation>Mestre e membros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the server that becomes the pool master.</source>
        <translation>Escolle o servidor que será o mestre do pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The master must be a server of its own, connected.</source>
        <translation>O mestre debe ser un servidor independente e conectado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Master</source>
        <translation>Mestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/ui/wizards/pools.py" line="+78"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the master alone)</source>
        <translation>(só o mestre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>CPU masking</source>
        <translation>Enmascaramento de CPU</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>already in the pool: {0}</source>
        <translation>xa no pool: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding {0} to the pool</source>
        <translation>Engadindo {0} ao pool</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Naming the pool</source>
        <translation>Poñendo nome ao pool</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating pool &apos;{0}&apos;</source>
        <translation>Creando o pool &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the pool the server joins.</source>
        <translation>Escolle o pool ao que se une o servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adding &apos;{0}&apos; to pool &apos;{1}&apos;</source>
        <translation>Engadindo &apos;{0}&apos; ao pool &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/pools.py" line="-38"/>
        <source>Pool name</source>
        <translation>Nome do pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool description</source>
        <translation>Descrición do pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pool shares storage and networks among its servers, so that VMs can move between them while they run (XenMotion). One server, the master, answers for the pool.</source>
        <translation>Un pool comparte almacenamento e redes entre os seus servidores, para que as MV poidan moverse entre eles mentres se executan (XenMotion). Un servidor, o mestre, responde polo pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrición:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pool master</source>
        <translation>Mestre do pool</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Master:</source>
        <translation>&amp;Mestre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of its own is connected: add the servers with Add Server first.</source>
        <translation>Non hai ningún servidor independente conectado: engade os servidores primeiro con Engadir servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers that join the pool (each must be a server of its own, with no running VMs):</source>
        <translation>Servidores que se unen ao pool (cada un debe ser un servidor independente, sen MV en execución):</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+67"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>{0} — its CPU will be masked to the pool&apos;s</source>
        <translation>{0} — a súa CPU enmascararase á do pool</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the pool {0} joins. Its local storage stays; its VMs become the pool&apos;s.</source>
        <translation>Escolle o pool ao que se une {0}. O seu almacenamento local queda; as súas MV pasan a ser do pool.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other pool is connected: add the pool&apos;s master with Add Server first.</source>
        <translation>Non hai outro pool conectado: engade primeiro o mestre do pool con Engadir servidor.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New Pool</source>
        <translation>Novo pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create Pool</source>
        <translation>&amp;Crear pool</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add {0} to a Pool</source>
        <translation>Engadir {0} a un pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join</source>
        <translation>&amp;Unir</translation>
    </message>
</context>
<context>
    <name>PowerOn</name>
    <message>
        <location filename="../../xencenter/core/power_on.py" line="+18"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wake-on-LAN (WoL)</source>
        <translation>Wake-on-LAN (WoL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dell DRAC</source>
        <translation>Dell DRAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HP iLO</source>
        <translation>HP iLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom power-on script</source>
        <translation>Script de acendido personalizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom script &apos;{0}&apos;</source>
        <translation>Script personalizado &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the address of the management controller.</source>
        <translation>Escribe o enderezo do controlador de xestión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the controller&apos;s user name.</source>
        <translation>Escribe o nome de usuario do controlador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the controller&apos;s password.</source>
        <translation>Escribe o contrasinal do controlador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the name of the power-on script.</source>
        <translation>Escribe o nome do script de acendido.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/power_on.py" line="+21"/>
        <source>Power-On Settings — {0}</source>
        <translation>Configuración de acendido — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power-on method</source>
        <translation>Método de acendido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controller address</source>
        <translation>Enderezo do controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller user</source>
        <translation>Usuario do controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller password</source>
        <translation>Contrasinal do controlador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unchanged)</source>
        <translation>(sen cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script name</source>
        <translation>Nome do script</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the method</source>
        <translation>Sobre o método</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buttons</source>
        <translation>Botóns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Enderezo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasinal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server cannot be started from the console; start it at the machine.</source>
        <translation>O servidor non se pode acender dende a consola; acéndeo na propia máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another running server of the pool sends the Wake-on-LAN packet to the server&apos;s management NIC, which must have WoL enabled in its firmware.</source>
        <translation>Outro servidor en execución do pool envía o paquete Wake-on-LAN á NIC de xestión do servidor, que debe ter WoL activado no firmware.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool asks the server&apos;s management controller to power it on; its password is kept as a secret on the pool.</source>
        <translation>O pool pídelle ao controlador de xestión do servidor que o acenda; o seu contrasinal gárdase como segredo no pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A script of that name in /etc/xapi.d/plugins on the pool&apos;s servers powers it on.</source>
        <translation>Un script con ese nome en /etc/xapi.d/plugins nos servidores do pool acéndeo.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/name_description.py" line="+21"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buttons</source>
        <translation>Botóns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrición:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name.</source>
        <translation>Escribe un nome.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../xencenter/core/rbac.py" line="-77"/>
        <source>Pool Admin</source>
        <translation>Administrador do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool Operator</source>
        <translation>Operador do pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Power Admin</source>
        <translation>Administrador de enerxía de MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Admin</source>
        <translation>Administrador de MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Operator</source>
        <translation>Operador de MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Only</source>
        <translation>Só lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything, including users and roles, external authentication and patching.</source>
        <translation>Todo, incluídos usuarios e roles, autenticación externa e parches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool-wide resources: servers, storage, networks, high availability; logs users out.</source>
        <translation>Recursos de todo o pool: servidores, almacenamento, redes, alta dispoñibilidade; pecha sesións de usuarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates and manages VMs, and chooses where they run (migration, start on a server).</source>
        <translation>Crea e xestiona MV, e escolle onde se executan (migración, iniciar nun servidor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates, changes and deletes VMs, their disks and network interfaces.</source>
        <translation>Crea, cambia e elimina MV, os seus discos e as súas interfaces de rede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses existing VMs: start, stop, reboot, suspend, consoles.</source>
        <translation>Usa as MV existentes: iniciar, deter, reiniciar, suspender, consolas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees everything and changes nothing.</source>
        <translation>Ve todo e non cambia nada.</translation>
    </message>
</context>
<context>
    <name>SavedSearch</name>
    <message>
        <location filename="../../xencenter/core/organise/columns.py" line="+91"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power state</source>
        <translation>Estado de enerxía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Enderezo IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HA restart priority</source>
        <translation>Prioridade de reinicio en HA</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/saved_search_view.py" line="+44"/>
        <source>Saved search</source>
        <translation>Busca gardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes</source>
        <translation>Notas da busca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved search results</source>
        <translation>Resultados da busca gardada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This saved search no longer exists.</source>
        <translation>Esta busca gardada xa non existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This saved search cannot be read.</source>
        <translation>Esta busca gardada non se pode ler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parts of this search are not supported here and were ignored: {0}.</source>
        <translation>Partes desta busca non se admiten aquí e ignoráronse: {0}.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/search.py" line="+33"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power state</source>
        <translation>Estado de enerxía</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Enderezo IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free memory</source>
        <translation>Memoria libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Mestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual disk</source>
        <translation>Disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/shortcuts.py" line="+27"/>
        <source>Open the menu bar; with a menu&apos;s underlined letter, that menu</source>
        <translation>Abrir a barra de menús; coa letra subliñada dun menú, ese menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s context menu (in the tree)</source>
        <translation>O menú contextual do obxecto seleccionado (na árbore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control: tree, tabs, panes</source>
        <translation>Control seguinte ou anterior: árbore, lapelas, paneis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous tab of the selected object</source>
        <translation>Lapela seguinte ou anterior do obxecto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the console&apos;s full screen, give the keyboard back</source>
        <translation>Saír da pantalla completa da consola, devolver o teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Saír</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atallos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every verb is also in a menu (Alt), so the keyboard alone reaches it. Verbs that cannot run on the selection do nothing.</source>
        <translation>Cada acción está tamén nun menú (Alt), así que chega co teclado. As accións que non se poden executar sobre a selección non fan nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atallos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
</context>
<context>
    <name>SimulationToolbar</name>
    <message>
        <location filename="../../xencenter/ui/simtoolbar.py" line="+35"/>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simulated time</source>
        <translation>Tempo simulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulation problem</source>
        <translation>Problema da simulación</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>running at {0}x</source>
        <translation>a {0}x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated time: {0} ({1})</source>
        <translation>Tempo simulado: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SnapshotDialogs</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/snapshot.py" line="+38"/>
        <source>Take Snapshot of &apos;{0}&apos;</source>
        <translation>Tomar unha instantánea de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot of {0}</source>
        <translation>Instantánea de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties of the snapshot &apos;{0}&apos;</source>
        <translation>Propiedades da instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Template from the snapshot &apos;{0}&apos;</source>
        <translation>Novo modelo a partir da instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template from {0}</source>
        <translation>Modelo a partir de {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disks only</source>
        <translation>Só os &amp;discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks only</source>
        <translation>Só os discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks and &amp;memory (a checkpoint)</source>
        <translation>Discos e &amp;memoria (un punto de control)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks and memory</source>
        <translation>Discos e memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiesced snapshots (VSS) are not offered: current servers removed them.</source>
        <translation>Non se ofrecen instantáneas con quiesce (VSS): os servidores actuais elimináronas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory can be included only while the VM is running.</source>
        <translation>A memoria só se pode incluír mentres a MV está en execución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Buttons</source>
        <translation>Botóns</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrición:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a name.</source>
        <translation>Escribe un nome.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revert to &apos;{0}&apos;</source>
        <translation>Reverter a &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverting &apos;{0}&apos; to the snapshot &apos;{1}&apos; loses the VM&apos;s current state: its disks and, if it is running, its memory.</source>
        <translation>Reverter &apos;{0}&apos; á instantánea &apos;{1}&apos; perde o estado actual da MV: os seus discos e, se está en execución, a súa memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take a snapshot of the current state first</source>
        <translation>&amp;Tomar antes unha instantánea do estado actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a snapshot of the current state first</source>
        <translation>Tomar antes unha instantánea do estado actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before reverting to {0}</source>
        <translation>Antes de reverter a {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of that snapshot</source>
        <translation>Nome desa instantánea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before reverting</source>
        <translation>Antes de reverter</translation>
    </message>
</context>
<context>
    <name>SnapshotsTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/snapshots.py" line="+42"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disks and memory</source>
        <translation>Discos e memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks only</source>
        <translation>Só os discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, scheduled</source>
        <translation>{0}, programada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show snapshots as</source>
        <translation>Amosar as instantáneas como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree view</source>
        <translation>Vista en árbore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List view</source>
        <translation>Vista en lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot tree</source>
        <translation>Árbore de instantáneas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshot list</source>
        <translation>Lista de instantáneas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot details</source>
        <translation>Detalles da instantánea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Console at the time of the snapshot</source>
        <translation>A consola no momento da instantánea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space used by snapshots</source>
        <translation>Espazo usado polas instantáneas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This VM has no snapshots.</source>
        <translation>Esta MV non ten instantáneas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>an unknown SR</source>
        <translation>un repositorio descoñecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} snapshots use {1}.</source>
        <translation>{0} instantáneas usan {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Now (you are here)</source>
        <translation>Agora (estás aquí)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose a snapshot in the list.</source>
        <translation>Escolle unha instantánea na lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose only one snapshot.</source>
        <translation>Escolle só unha instantánea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a VM.</source>
        <translation>Selecciona unha MV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} snapshots chosen.</source>
        <translation>{0} instantáneas escollidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a snapshot to see its details.</source>
        <translation>Escolle unha instantánea para ver os seus detalles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken: {0}</source>
        <translation>Tomada: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: {0}</source>
        <translation>Tipo: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: {0}</source>
        <translation>Tamaño: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No console picture was kept with this snapshot (it is taken only from a running VM).</source>
        <translation>Non se gardou ningunha imaxe da consola con esta instantánea (só se toma dunha MV en execución).</translation>
    </message>
</context>
<context>
    <name>StorageTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/cdrom.py" line="+45"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DVD drive:</source>
        <translation>Unidade de DVD:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO image</source>
        <translation>Imaxe ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the chosen ISO</source>
        <translation>Inserir a ISO escollida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eject</source>
        <translation>&amp;Expulsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eject the ISO</source>
        <translation>Expulsar a ISO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This VM has no DVD drive.</source>
        <translation>Esta MV non ten unidade de DVD.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+65"/>
        <source>Busy…</source>
        <translation>Ocupada…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;baleira&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inserting {0} into {1}</source>
        <translation>Inserindo {0} en {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ejecting {0} from {1}</source>
        <translation>Expulsando {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/storage.py" line="+26"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Só lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Virtual machine</source>
        <translation>Máquina virtual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Virtual disks</source>
        <translation>Discos virtuais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual disks on this storage</source>
        <translation>Discos virtuais neste almacenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage repositories</source>
        <translation>Repositorios de almacenamento</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/disk_cache.py" line="+26"/>
        <source>IntelliCache</source>
        <translation>IntelliCache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IntelliCache options of the selected disk</source>
        <translation>Opcións de IntelliCache do disco seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache this disk (IntelliCache)</source>
        <translation>Gardar este disco en caché (IntelliCache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the state at boot on each start (on_boot reset)</source>
        <translation>Restablecer ao estado inicial en cada arranque (on_boot reset)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: a disk that is reset on each start loses every change made while the VM runs when the VM next shuts down or starts.</source>
        <translation>Aviso: un disco que se restablece en cada arranque perde todos os cambios feitos mentres a MV se executa cando a MV se apaga ou arrinca de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning about resetting a disk</source>
        <translation>Aviso sobre restablecer un disco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Disk: {0}</source>
        <translation>Disco: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM has no virtual disk.</source>
        <translation>Esta MV non ten ningún disco virtual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a virtual disk.</source>
        <translation>Selecciona un disco virtual.</translation>
    </message>
</context>
<context>
    <name>TabSlot</name>
    <message>
        <location filename="../../xencenter/ui/tabslot.py" line="+36"/>
        <source>The object tabs are not available in this build.</source>
        <translation>As lapelas dos obxectos non están dispoñibles nesta compilación.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../xencenter/ui/tabs/fmt.py" line="+18"/>
        <source>Unknown</source>
        <translation>Descoñecido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ningún</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Si</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/general.py" line="-52"/>
        <source>General</source>
        <translation>Xeral</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/host.py" line="+31"/>
        <source>Object tabs</source>
        <translation>Lapelas do obxecto</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/logs.py" line="-67"/>
        <source>Logs</source>
        <translation>Rexistros</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/memory.py" line="-20"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/networking.py" line="-9"/>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/nics.py" line="-11"/>
        <source>NICs</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/pifs.py" line="+30"/>
        <source>Bond {0}</source>
        <translation>Agregación {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NIC {0}</source>
        <translation>NIC {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} Mbit/s</source>
        <translation>{0} Mbit/s</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/search.py" line="-5"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/storage.py" line="-18"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/connection.py" line="-54"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/users.py" line="+79"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/xen_internals.py" line="+44"/>
        <source>Xen internals</source>
        <translation>Internos de Xen</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/console.py" line="-139"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/performance.py" line="-219"/>
        <location line="+4"/>
        <source>Performance</source>
        <translation>Rendemento</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/snapshots.py" line="-208"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/ha.py" line="-40"/>
        <source>HA</source>
        <translation>HA</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/wlb.py" line="+51"/>
        <source>WLB</source>
        <translation>WLB</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/tags.py" line="+31"/>
        <source>Edit Tags of {0}</source>
        <translation>Editar as etiquetas de {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>New tag</source>
        <translation>Nova etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Engadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag</source>
        <translation>Engadir etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the tags to keep or add; untick those to remove.</source>
        <translation>Marca as etiquetas que queres manter ou engadir; desmarca as que queres quitar.</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../xencenter/ui/verbs.py" line="+74"/>
        <source>Select only virtual machines or only servers.</source>
        <translation>Selecciona só máquinas virtuais ou só servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more virtual machines or servers.</source>
        <translation>Selecciona unha ou máis máquinas virtuais ou servidores.</translation>
    </message>
</context>
<context>
    <name>UsersDialogs</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/users.py" line="+31"/>
        <source>Dialog buttons</source>
        <translation>Botóns do diálogo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Join Domain - {0}</source>
        <translation>Unirse a un dominio - {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nome de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contrasinal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasinal:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Users and Groups</source>
        <translation>Engadir usuarios e grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users or groups of {0} to add, separated by commas (for example ana, students):</source>
        <translation>Usuarios ou grupos de {0} que engadir, separados por comas (por exemplo ana, alumnos):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names of users or groups</source>
        <translation>Nomes de usuarios ou grupos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a Role</source>
        <translation>Seleccionar un rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role of {0}:</source>
        <translation>O rol de {0}:</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/users.py" line="-48"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No role</source>
        <translation>Sen rol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This pool has joined the domain {0}: its users and groups below may log in with the role they are given.</source>
        <translation>Este pool uniuse ao dominio {0}: os seus usuarios e grupos de embaixo poden iniciar sesión co rol que se lles deu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pool has not joined a domain: only the local root account can log in.</source>
        <translation>Este pool non se uniu a ningún dominio: só pode iniciar sesión a conta root local.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are logged in as the local superuser ({0}).</source>
        <translation>Iniciaches sesión como o superusuario local ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are logged in as {0}, with the role {1}.</source>
        <translation>Iniciaches sesión como {0}, co rol {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session</source>
        <translation>A túa sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users and groups</source>
        <translation>Usuarios e grupos</translation>
    </message>
</context>
<context>
    <name>Vapps</name>
    <message>
        <location filename="../../xencenter/core/vapps.py" line="+60"/>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Shutting down...</source>
        <translation>Apagando...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing shutdown...</source>
        <translation>Forzando o apagado...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VMs</source>
        <translation>Sen MV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>En execución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Halted</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} running</source>
        <translation>{0} de {1} en execución</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>wait {0} s</source>
        <translation>agardar {0} s</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/vapp.py" line="+75"/>
        <source>New vApp</source>
        <translation>Nova vApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vApp {0}</source>
        <translation>Nova vApp {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} (from &apos;{1}&apos;)</source>
        <translation>{0} (desde &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="+35"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a name for the vApp.</source>
        <translation>Escribe un nome para a vApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vApp named &apos;{0}&apos; already exists.</source>
        <translation>Xa existe unha vApp chamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="+0"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual Machines</source>
        <translation>Máquinas virtuais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chosen VM no longer exists (or became a template).</source>
        <translation>Unha MV escollida xa non existe (ou converteuse nun modelo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: already in another vApp. Tick &quot;Move them to this vApp&quot; or leave them out.</source>
        <translation>{0}: xa están noutra vApp. Marca &quot;Movelas a esta vApp&quot; ou déixaas fóra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="+0"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Ningunha aínda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved from another vApp</source>
        <translation>Movidas desde outra vApp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM Startup Sequence</source>
        <translation>Secuencia de arranque das MV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start order is between 0 and {0}.</source>
        <translation>A orde de arranque vai de 0 a {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delays are between 0 and {0} seconds.</source>
        <translation>As esperas van de 0 a {0} segundos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start sequence</source>
        <translation>Secuencia de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdown sequence</source>
        <translation>Secuencia de apagado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The VM &apos;{0}&apos; no longer exists.</source>
        <translation>A MV &apos;{0}&apos; xa non existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting the VMs&apos; order and delays</source>
        <translation>Establecendo a orde e as esperas das MV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the vApp</source>
        <translation>Creando a vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating vApp &apos;{0}&apos;</source>
        <translation>Creando a vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Renaming the vApp</source>
        <translation>Renomeando a vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing vApp &apos;{0}&apos;</source>
        <translation>Cambiando a vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="-11"/>
        <source>&amp;New vApp...</source>
        <translation>&amp;Nova vApp...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties...</source>
        <translation>&amp;Propiedades...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut &amp;Down</source>
        <translation>&amp;Apagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage vApps — {0}</source>
        <translation>Xestionar vApps — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vApp starts its VMs in order, waiting between groups, and shuts them down the other way round.</source>
        <translation>Unha vApp inicia as súas MV en orde, agardando entre grupos, e apágaas en orde inversa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vApps</source>
        <translation>vApps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start and shutdown sequence</source>
        <translation>Secuencia de arranque e apagado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>Ningunha</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../xencenter/ui/wizards/vapp.py" line="+138"/>
        <source>Starts: {0}
Shuts down: {1}</source>
        <translation>Arranque: {0}
Apagado: {1}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/vapp.py" line="-89"/>
        <source>VMs in the vApp</source>
        <translation>MV da vApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move them to this vApp</source>
        <translation>&amp;Movelas a esta vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move VMs of another vApp to this one</source>
        <translation>Mover as MV doutra vApp a esta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VMs of the vApp (a VM is in one vApp at most):</source>
        <translation>Escolle as MV da vApp (unha MV está como máximo nunha vApp):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (in vApp &apos;{1}&apos;)</source>
        <translation>{0} (na vApp &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start order and delays</source>
        <translation>Orde de arranque e esperas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start order</source>
        <translation>Orde de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start delay (s)</source>
        <translation>Espera de arranque (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdown delay (s)</source>
        <translation>Espera de apagado (s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sequence</source>
        <translation>A secuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs start by ascending order, those of one order together. The start delay is how long to wait after a VM starts before the next order starts; the shutdown delay, after it shuts down, before the next (lower) order shuts down.</source>
        <translation>As MV inícianse en orde ascendente, as da mesma orde á vez. A espera de arranque é o tempo que se agarda despois de iniciarse unha MV antes de iniciar a orde seguinte; a espera de apagado, despois de apagarse, antes de apagar a orde seguinte (inferior).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start order of {0}</source>
        <translation>Orde de arranque de {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start delay of {0}</source>
        <translation>Espera de arranque de {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shutdown delay of {0}</source>
        <translation>Espera de apagado de {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The vApp has no VMs yet: you can add them later in its Properties.</source>
        <translation>A vApp aínda non ten MV: podes engadilas máis tarde nas súas Propiedades.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New vApp — {0}</source>
        <translation>Nova vApp — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Properties of vApp &apos;{0}&apos;</source>
        <translation>Propiedades da vApp &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>VmProtection</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/vmss.py" line="+33"/>
        <source>VM Protection Policies — {0}</source>
        <translation>Políticas de protección de MV — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies take snapshots of their VMs on a schedule and keep the newest of them.</source>
        <translation>As políticas toman instantáneas das súas MV segundo un horario e conservan as máis recentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run</source>
        <translation>Última execución</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;New...</source>
        <translation>&amp;Nova...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isable</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Now</source>
        <translation>E&amp;xecutar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties...</source>
        <translation>&amp;Propiedades...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes</source>
        <translation>Si</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ningunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>Vmss</name>
    <message>
        <location filename="../../xencenter/core/wizard/vmss.py" line="+61"/>
        <source>Snapshot disks only</source>
        <translation>Instantánea só dos discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot disks and memory</source>
        <translation>Instantánea dos discos e da memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiesced snapshot</source>
        <translation>Instantánea con quiesce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday</source>
        <translation>Luns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mércores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Xoves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Venres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every hour at {0} minutes past</source>
        <translation>Cada hora aos {0} minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day at {0}</source>
        <translation>Cada día ás {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week on {0} at {1}</source>
        <translation>Cada semana o {0} ás {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New policy</source>
        <translation>Nova política</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New policy {0}</source>
        <translation>Nova política {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy Name</source>
        <translation>Nome da política</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name for the policy.</source>
        <translation>Escribe un nome para a política.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy named &apos;{0}&apos; already exists.</source>
        <translation>Xa existe unha política chamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual Machines</source>
        <translation>Máquinas virtuais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chosen VM no longer exists.</source>
        <translation>Unha das MV escollidas xa non existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already protected by another policy: tick &quot;Move them to this policy&quot; or leave them out.</source>
        <translation>{0} xa protexida(s) por outra política: marca &quot;Movelas a esta política&quot; ou déixaas fóra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Ningunha aínda</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snapshot Type</source>
        <translation>Tipo de instantánea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of snapshot.</source>
        <translation>Escolle o tipo de instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiesced snapshots need VSS, which the server no longer supports: choose another kind.</source>
        <translation>As instantáneas con quiesce necesitan VSS, que o servidor xa non admite: escolle outro tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool&apos;s edition does not include memory snapshots.</source>
        <translation>A edición do pool non inclúe instantáneas da memoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot type</source>
        <translation>Tipo de instantánea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot Schedule</source>
        <translation>Horario das instantáneas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how often snapshots are taken.</source>
        <translation>Escolle cada canto se toman as instantáneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots start at 0, 15, 30 or 45 minutes past the hour.</source>
        <translation>As instantáneas comezan aos 0, 15, 30 ou 45 minutos da hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hour is between 0 and 23.</source>
        <translation>A hora está entre 0 e 23.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one day of the week.</source>
        <translation>Escolle polo menos un día da semana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots Kept</source>
        <translation>Instantáneas conservadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep between 1 and {0} snapshots of each VM.</source>
        <translation>Conserva entre 1 e {0} instantáneas de cada MV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots kept</source>
        <translation>Instantáneas conservadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved from another policy</source>
        <translation>Movidas doutra política</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creating the policy</source>
        <translation>Creando a política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the VMs to it</source>
        <translation>Engadíndolle as MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating VM protection policy &apos;{0}&apos;</source>
        <translation>Creando a política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/vmss.py" line="+44"/>
        <source>Hourly</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VMs to protect</source>
        <translation>MV que protexer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move them to this policy</source>
        <translation>&amp;Movelas a esta política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move VMs protected by another policy to this one</source>
        <translation>Mover a esta as MV protexidas por outra política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VMs this policy protects (you can add more later):</source>
        <translation>Escolle as MV que protexe esta política (podes engadir máis despois):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} (in policy &apos;{1}&apos;)</source>
        <translation>{0} (na política &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A snapshot of the disks and memory (a checkpoint) is taken of running VMs; halted VMs get a disk snapshot.</source>
        <translation>Das MV en execución tómase unha instantánea dos discos e da memoria (un punto de control); as MV apagadas reciben unha instantánea dos discos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes past the hour</source>
        <translation>Minutos despois da hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hour:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minutes past the hour:</source>
        <translation>&amp;Minutos despois da hora:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Snapshots to keep</source>
        <translation>Instantáneas que conservar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enable the policy now</source>
        <translation>&amp;Activar a política agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the policy now</source>
        <translation>Activar a política agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number of snapshots to keep:</source>
        <translation>&amp;Número de instantáneas que conservar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a VM has more snapshots from the policy, the oldest are deleted. Your own snapshots are never deleted.</source>
        <translation>Cando unha MV ten máis instantáneas da política, elimínanse as máis antigas. As túas propias instantáneas nunca se eliminan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New VM Protection Policy — {0}</source>
        <translation>Nova política de protección de MV — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/page.py" line="+29"/>
        <location filename="../../xencenter/ui/wizards/window.py" line="+64"/>
        <source>Page</source>
        <translation>Páxina</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/plan.py" line="+105"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undoing what was created</source>
        <translation>Desfacendo o que se creou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not remove: {0}</source>
        <translation>non se puido quitar: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed: {0}</source>
        <translation>quitado: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/page.py" line="+42"/>
        <location filename="../../xencenter/ui/wizards/window.py" line="+6"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/summary.py" line="+25"/>
        <source>Check the settings, then finish:</source>
        <translation>Revisa a configuración e despois remata:</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/window.py" line="-18"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page title</source>
        <translation>Título da páxina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Rematar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wizard buttons</source>
        <translation>Botóns do asistente</translation>
    </message>
</context>
<context>
    <name>WizardPages</name>
    <message>
        <location filename="../../xencenter/ui/wizards/name_page.py" line="+27"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrición:</translation>
    </message>
</context>
<context>
    <name>Wlb</name>
    <message>
        <location filename="../../xencenter/core/wlb.py" line="+121"/>
        <source>{0} {1} ({2} stars)</source>
        <translation>{0} {1} ({2} estrelas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPU use is over the server&apos;s threshold</source>
        <translation>O uso de CPU supera o limiar do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory use is over the server&apos;s threshold</source>
        <translation>O uso de memoria supera o limiar do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free memory</source>
        <translation>non hai memoria libre dabondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server is disabled</source>
        <translation>o servidor está desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server is not reachable</source>
        <translation>non se pode chegar ao servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VM&apos;s storage cannot be reached from it</source>
        <translation>o almacenamento da MV non é accesible desde el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VM&apos;s network cannot be reached from it</source>
        <translation>a rede da MV non é accesible desde el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it lacks hardware virtualization</source>
        <translation>non ten virtualización por hardware</translation>
    </message>
</context>
<context>
    <name>WlbTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/wlb.py" line="-14"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Orixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workload balancing status</source>
        <translation>Estado do balance de carga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimization mode</source>
        <translation>Modo de optimización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimization recommendations</source>
        <translation>Recomendacións de optimización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the recommendations</source>
        <translation>Actualizar as recomendacións</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimization &amp;mode:</source>
        <translation>&amp;Modo de optimización:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The pool&apos;s edition does not include workload balancing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A edición do pool non inclúe o balance de carga.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Workload balancing is not connected.&lt;/b&gt;</source>
        <translation>&lt;b&gt;O balance de carga non está conectado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the simulator&apos;s built-in engine to get star ratings in the Start On and Migrate menus and recommendations to balance the pool. Configuring an external WLB appliance is not available yet.</source>
        <translation>Conecta co motor integrado do simulador para obter valoracións con estrelas nos menús Iniciar no servidor e Migrar ao servidor, e recomendacións para equilibrar o pool. Aínda non se pode configurar un dispositivo WLB externo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Workload balancing advice computed by the simulator&lt;/b&gt; (its built-in engine, not a WLB appliance).</source>
        <translation>&lt;b&gt;Consellos de balance de carga calculados polo simulador&lt;/b&gt; (o seu motor integrado, non un dispositivo WLB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload balancing server: {0}</source>
        <translation>Servidor de balance de carga: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload balancing is on.</source>
        <translation>O balance de carga está activado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Workload balancing is paused&lt;/b&gt; (connected but not enabled).</source>
        <translation>&lt;b&gt;O balance de carga está en pausa&lt;/b&gt; (conectado pero non activado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimization mode: {0}</source>
        <translation>Modo de optimización: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload balancing could not be asked: {0}</source>
        <translation>Non se puido consultar o balance de carga: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendations: the pool is balanced.</source>
        <translation>Sen recomendacións: o pool está equilibrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Maximize performance</source>
        <translation>Maximizar o rendemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximize density</source>
        <translation>Maximizar a densidade</translation>
    </message>
</context>
<context>
    <name>XenInternals</name>
    <message>
        <location filename="../../xencenter/core/virtmode.py" line="+49"/>
        <source>none reported</source>
        <translation>non se informou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen, in ring 0</source>
        <translation>Xen, no anel 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blkfront in the guest, blkback in dom0 (split driver)</source>
        <translation>blkfront no convidado, blkback no dom0 (controlador dividido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netfront in the guest, netback in dom0 (split driver)</source>
        <translation>netfront no convidado, netback no dom0 (controlador dividido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>CPU and memory</source>
        <translation>CPU e memoria</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Xen, through hypercalls: the guest kernel (ring 1) is modified for it</source>
        <translation>Xen, mediante hiperchamadas: o núcleo do convidado (anel 1) está modificado para iso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Boot</source>
        <translation>Arranque</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{0} in dom0 loads the guest&apos;s kernel</source>
        <translation>{0} no dom0 carga o núcleo do convidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+7"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+11"/>
        <source>Interrupts and timers</source>
        <translation>Interrupcións e temporizadores</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>event channels from {0}</source>
        <translation>canles de eventos desde {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paravirtualization (PV)</source>
        <translation>Paravirtualización (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest knows it runs on Xen: nothing is emulated, and it needs no VT-x/AMD-V.</source>
        <translation>O convidado sabe que se executa sobre Xen: non se emula nada e non precisa VT-x/AMD-V.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the processor&apos;s VT-x/AMD-V under {0}: the unmodified kernel runs in ring 0 non-root</source>
        <translation>o VT-x/AMD-V do procesador baixo {0}: o núcleo sen modificar execútase no anel 0 non root</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a BIOS emulated by qemu in dom0, boot order {0}</source>
        <translation>unha BIOS emulada por qemu no dom0, orde de arranque {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emulated by {0} (virtual APIC and timers)</source>
        <translation>emulado por {0} (APIC e temporizadores virtuais)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full virtualization (HVM) with PV drivers</source>
        <translation>Virtualización completa (HVM) con controladores PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware virtualization runs the guest; its PV drivers {0} replace the emulated disks and NICs with split drivers.</source>
        <translation>A virtualización por hardware executa o convidado; os seus controladores PV {0} substitúen os discos e as NIC emulados por controladores divididos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IDE controller emulated by qemu-dm in dom0</source>
        <translation>un controlador IDE emulado por qemu-dm no dom0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a network card emulated by qemu-dm in dom0</source>
        <translation>unha tarxeta de rede emulada por qemu-dm no dom0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full virtualization (HVM) without PV drivers</source>
        <translation>Virtualización completa (HVM) sen controladores PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware virtualization runs the unmodified guest; qemu in dom0 emulates every device, the slowest way. Installing the PV drivers (XenServer tools) would switch disks and network to split drivers.</source>
        <translation>A virtualización por hardware executa o convidado sen modificar; qemu no dom0 emula todos os dispositivos, a forma máis lenta. Instalar os controladores PV (XenServer tools) pasaría os discos e a rede a controladores divididos.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/xenarch.py" line="+88"/>
        <source>Event channel and shared ring: {0} - {1}</source>
        <translation>Canle de eventos e anel compartido: {0} - {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emulated I/O: {0} - {1}</source>
        <translation>E/S emulada: {0} - {1}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} CPUs</source>
        <translation>{0} CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VT-x/AMD-V</source>
        <translation>sen VT-x/AMD-V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM {0} GiB</source>
        <translation>RAM {0} GiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIC {0}</source>
        <translation>NIC {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>disk {0}</source>
        <translation>disco {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>domU {0} - {1}</source>
        <translation>domU {0} - {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qemu-dm for domain {0}</source>
        <translation>qemu-dm para o dominio {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>emulated disk {0}</source>
        <translation>disco emulado {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emulated NIC {0}</source>
        <translation>NIC emulada {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kernel in ring 0 non-root (VT-x/AMD-V), applications in ring 3</source>
        <translation>núcleo no anel 0 non root (VT-x/AMD-V), aplicacións no anel 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>privileged: kernel in ring 1, toolstack in ring 3</source>
        <translation>privilexiado: núcleo no anel 1, ferramentas de xestión no anel 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel in ring 1, applications in ring 3</source>
        <translation>núcleo no anel 1, aplicacións no anel 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xen hypervisor {0}</source>
        <translation>Hipervisor Xen {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring 0</source>
        <translation>anel 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>driver: {0}</source>
        <translation>controlador: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dom0 (control domain)</source>
        <translation>dom0 (dominio de control)</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/xenexplain.py" line="+13"/>
        <source>The physical processors, shared among the domains by the Xen hypervisor, which schedules their virtual CPUs. Intel VT-x or AMD-V (hardware virtualization, enabled in the BIOS) is what lets a host run HVM guests such as Windows.</source>
        <translation>Os procesadores físicos, repartidos entre os dominios polo hipervisor Xen, que planifica as súas CPU virtuais. Intel VT-x ou AMD-V (virtualización por hardware, activada na BIOS) é o que permite a un host executar convidados HVM como Windows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The physical memory: Xen keeps a little for itself and hands the rest out to dom0 and the guests. Each domain only sees the pages Xen gave it.</source>
        <translation>A memoria física: Xen garda un pouco para si e reparte o resto entre o dom0 e os convidados. Cada dominio só ve as páxinas que Xen lle deu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physical network card of the host. Only dom0 drives it, with the real driver; the guests reach it through netback and a bridge.</source>
        <translation>Unha tarxeta de rede física do host. Só o dom0 a manexa, co controlador real; os convidados chegan a ela mediante netback e unha ponte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage the host reaches (a local disk, or NFS/iSCSI over the network). dom0 accesses it with the real drivers; guests see only virtual disks.</source>
        <translation>Almacenamento ao que chega o host (un disco local, ou NFS/iSCSI pola rede). O dom0 accede a el cos controladores reais; os convidados só ven discos virtuais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Xen hypervisor: a very thin layer that runs in ring 0, the most privileged, and starts first. It manages the CPUs, memory and interrupts, and leaves disk and network input/output to dom0.</source>
        <translation>O hipervisor Xen: unha capa moi fina que se executa no anel 0, o máis privilexiado, e arrinca primeiro. Xestiona as CPU, a memoria e as interrupcións, e deixa a entrada/saída de disco e rede ao dom0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain 0, the controller domain: the first domain started after the hypervisor, privileged to access the hardware directly with the real drivers. It runs the backends for the other domains and the toolstack this console talks to.</source>
        <translation>O dominio 0, o dominio controlador: o primeiro dominio que arrinca despois do hipervisor, con privilexios para acceder directamente ao hardware cos controladores reais. Executa os backends para os outros dominios e as ferramentas de xestión coas que fala esta consola.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A real device driver inside dom0, the only domain that talks to this hardware. The backends pass the guests&apos; requests on to it.</source>
        <translation>Un controlador de dispositivo real dentro do dom0, o único dominio que fala con este hardware. Os backends pásanlle as peticións dos convidados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk backend (blockback) in dom0 for one virtual disk of a guest. It takes the requests its frontend puts on the shared ring and performs them on the real storage.</source>
        <translation>O backend de disco (blockback) no dom0 para un disco virtual dun convidado. Colle as peticións que o seu frontend pon no anel compartido e realízaas no almacenamento real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network backend in dom0 for one virtual NIC of a guest. It moves packets between the shared rings and a bridge on the real network card.</source>
        <translation>O backend de rede no dom0 para unha NIC virtual dun convidado. Move paquetes entre os aneis compartidos e unha ponte na tarxeta de rede real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qemu-dm, the device model in dom0 for an HVM guest without PV drivers. It emulates real-looking hardware (an IDE disk, a network card), which is slower than the split drivers.</source>
        <translation>qemu-dm, o modelo de dispositivos no dom0 para un convidado HVM sen controladores PV. Emula hardware con aparencia real (un disco IDE, unha tarxeta de rede), o que é máis lento ca os controladores divididos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A paravirtualized guest (domU): its kernel knows it runs on Xen, in ring 1, with its applications in ring 3. It has no real drivers: its frontends talk to dom0&apos;s backends.</source>
        <translation>Un convidado paravirtualizado (domU): o seu núcleo sabe que se executa sobre Xen, no anel 1, coas súas aplicacións no anel 3. Non ten controladores reais: os seus frontends falan cos backends do dom0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fully virtualized (HVM) guest (domU): thanks to VT-x/AMD-V its unmodified kernel runs in ring 0 in non-root mode, with its applications in ring 3. Its devices are emulated by qemu in dom0 unless PV drivers are installed.</source>
        <translation>Un convidado completamente virtualizado (HVM) (domU): grazas a VT-x/AMD-V o seu núcleo sen modificar execútase no anel 0 en modo non root, coas súas aplicacións no anel 3. Os seus dispositivos emúlaos qemu no dom0 salvo que se instalen controladores PV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generic disk driver (blockfront) inside the guest. It puts read and write requests on a ring shared with its backend in dom0 and never sees the real disk.</source>
        <translation>O controlador xenérico de disco (blockfront) dentro do convidado. Pon as peticións de lectura e escritura nun anel compartido co seu backend no dom0 e nunca ve o disco real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generic network driver (netfront) inside the guest. It exchanges packets with its backend in dom0 through shared rings, so the guest can migrate without caring about the real network card.</source>
        <translation>O controlador xenérico de rede (netfront) dentro do convidado. Intercambia paquetes co seu backend no dom0 mediante aneis compartidos, así que o convidado pode migrar sen preocuparse pola tarxeta de rede real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A disk the HVM guest sees as real hardware, emulated by qemu in dom0. Every access traps into Xen and is served by qemu, which is why PV drivers make it faster.</source>
        <translation>Un disco que o convidado HVM ve como hardware real, emulado por qemu no dom0. Cada acceso pasa por Xen e atendeo qemu; por iso os controladores PV o fan máis rápido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network card the HVM guest sees as real hardware, emulated by qemu in dom0. Installing PV drivers replaces it with a netfront/netback pair.</source>
        <translation>Unha tarxeta de rede que o convidado HVM ve como hardware real, emulada por qemu no dom0. Instalar controladores PV substitúea por un par netfront/netback.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event channel and a shared memory ring join this frontend to its backend, which find each other through xenstore. Requests and replies travel on the ring, and the event channel is the virtual interrupt that says there is work.</source>
        <translation>Unha canle de eventos e un anel de memoria compartida unen este frontend co seu backend, que se atopan a través de xenstore. As peticións e as respostas viaxan polo anel, e a canle de eventos é a interrupción virtual que avisa de que hai traballo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No split driver here: the guest&apos;s accesses to its emulated device trap into Xen, which hands them to qemu in dom0. qemu performs them with dom0&apos;s real drivers.</source>
        <translation>Aquí non hai controlador dividido: os accesos do convidado ao seu dispositivo emulado pasan por Xen, que llos entrega a qemu no dom0. qemu realízaos cos controladores reais do dom0.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/archview.py" line="+90"/>
        <source>Xen architecture</source>
        <translation>Arquitectura de Xen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Architecture drawing</source>
        <translation>Debuxo da arquitectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elements of the architecture</source>
        <translation>Elementos da arquitectura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Click an element to see what it is.</source>
        <translation>Preme nun elemento para ver que é.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Elements and explanation</source>
        <translation>Elementos e explicación</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Architecture of {0}: {1} guest domains, {2} device pairs</source>
        <translation>Arquitectura de {0}: {1} dominios convidados, {2} pares de dispositivos</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/virtmodeview.py" line="+19"/>
        <location line="+1"/>
        <source>PV against HVM</source>
        <translation>PV fronte a HVM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtualization mode</source>
        <translation>Modo de virtualización</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read from</source>
        <translation>Lido de</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/xen_internals.py" line="+8"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is not running, so it is no domain on any host: start it to see its frontends and dom0&apos;s backends.</source>
        <translation>{0} non está en execución, así que non é un dominio en ningún host: iníciaa para ver os seus frontends e os backends do dom0.</translation>
    </message>
</context>
<context>
    <name>XenMemory</name>
    <message>
        <location filename="../../xencenter/ui/tabs/xenmemview.py" line="+36"/>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <location line="+22"/>
        <source>dom0</source>
        <translation>dom0</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>{0} overhead</source>
        <translation>sobrecusto de {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0}: {1} of {2} (its balloon gave {3} back to Xen; it can go down to {4})</source>
        <translation>{0}: {1} de {2} (o seu balón devolveulle {3} a Xen; pode baixar ata {4})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} (dynamic range {2} to {3}, balloon target {4})</source>
        <translation>{0}: {1} (rango dinámico de {2} a {3}, obxectivo do balón {4})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Memory as Xen sees it</source>
        <translation>A memoria tal como a ve Xen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;Memory as Xen sees it&lt;/b&gt;</source>
        <translation>&lt;b&gt;A memoria tal como a ve Xen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host memory</source>
        <translation>Memoria do anfitrión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each domain&apos;s memory and balloon</source>
        <translation>Memoria e balón de cada dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lane: the domain&apos;s footprint (bar) inside its dynamic range (hatched), the balloon target (red line) and the dynamic minimum (dashed). When a VM starts and memory is short, Xen asks the other domains&apos; balloon drivers to give memory back, down to their dynamic minimum; when memory is free again they grow back.</source>
        <translation>Cada carril: a memoria ocupada polo dominio (barra) dentro do seu rango dinámico (raiado), o obxectivo do balón (liña vermella) e o mínimo dinámico (trazos). Cando arrinca unha MV e falta memoria, Xen pídelles aos controladores de balón dos outros dominios que devolvan memoria, ata o seu mínimo dinámico; cando volve haber memoria libre, recupérana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read the lanes</source>
        <translation>Como ler os carrís</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains&apos; memory</source>
        <translation>Memoria dos dominios</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No memory figures: the server&apos;s metrics are missing.</source>
        <translation>Non hai cifras de memoria: faltan as métricas do servidor.</translation>
    </message>
</context>
<context>
    <name>Xva</name>
    <message>
        <location filename="../../xencenter/core/xva.py" line="+42"/>
        <source>Choose a file name.</source>
        <translation>Escolle un nome de ficheiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {0} does not exist.</source>
        <translation>O cartafol {0} non existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write in the folder {0}.</source>
        <translation>Non podes escribir no cartafol {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder.</source>
        <translation>{0} é un cartafol.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an XVA file (.xva or .xva.gz) or an OVF package (.ovf or .ova).</source>
        <translation>Escolle un ficheiro XVA (.xva ou .xva.gz) ou un paquete OVF (.ovf ou .ova).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no file {0}.</source>
        <translation>Non hai ningún ficheiro {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot read {0}.</source>
        <translation>Non podes ler {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/ovf_import.py" line="-56"/>
        <location filename="../../xencenter/core/xva.py" line="+25"/>
        <source>The server refused the transfer (HTTP {0}): {1}</source>
        <translation>O servidor rexeitou a transferencia (HTTP {0}): {1}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/xva.py" line="+52"/>
        <source>The exported file cannot be read back: {0}</source>
        <translation>O ficheiro exportado non se pode volver ler: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exported file is damaged: block {0} does not match its checksum.</source>
        <translation>O ficheiro exportado está danado: o bloque {0} non coincide coa súa suma de comprobación.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server did not say which VM it made.</source>
        <translation>O servidor non dixo que MV creou.</translation>
    </message>
</context>
<context>
    <name>XvaWizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/xva.py" line="+114"/>
        <source>Export File</source>
        <translation>Ficheiro de exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the path of the file to write.</source>
        <translation>Escribe a ruta do ficheiro que se vai escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name must end in .xva.</source>
        <translation>O nome do ficheiro ten que rematar en .xva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location filename="../../xencenter/ui/wizards/xva.py" line="+53"/>
        <location line="+9"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Options</source>
        <translation>Opcións</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Si</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Compressed (gzip)</source>
        <translation>Comprimido (gzip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified after export</source>
        <translation>Verificado despois da exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Source</source>
        <translation>Orixe da importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the XVA file or OVF package to import.</source>
        <translation>Escolle o ficheiro XVA ou o paquete OVF que importar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual system</source>
        <translation>Sistema virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs and memory</source>
        <translation>CPU e memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} vCPUs, {1}</source>
        <translation>{0} vCPU, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ningún)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Storage</source>
        <translation>Almacenamento</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the SR for the VM&apos;s disks.</source>
        <translation>Escolle o SR para os discos da MV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {0} and the SR has {1} free.</source>
        <translation>O ficheiro ocupa {0} e o SR ten {1} libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the VM afterwards</source>
        <translation>Iniciar a MV despois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a network for this interface.</source>
        <translation>Escolle unha rede para esta interface.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../xencenter/ui/wizards/xva.py" line="+133"/>
        <source>Interface {0} ({1})</source>
        <translation>Interface {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Rematar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the checksums</source>
        <translation>Verificando as sumas de comprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting &apos;{0}&apos; to {1}</source>
        <translation>Exportando &apos;{0}&apos; a {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/xva.py" line="-141"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the XVA file</source>
        <translation>Escolle o ficheiro XVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XVA files (*.xva *.xva.gz)</source>
        <translation>Ficheiros XVA (*.xva *.xva.gz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XVA files and OVF packages (*.xva *.xva.gz *.ovf *.ova)</source>
        <translation>Ficheiros XVA e paquetes OVF (*.xva *.xva.gz *.ovf *.ova)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>Paquetes OVF (*.ovf *.ova)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Compress the file (gzip: smaller, slower)</source>
        <translation>&amp;Comprimir o ficheiro (gzip: máis pequeno, máis lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compress the file</source>
        <translation>Comprimir o ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the file after the export (reads it back and checks every block&apos;s checksum)</source>
        <translation>&amp;Verificar o ficheiro despois da exportación (volve lelo e comproba a suma de cada bloque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the file after the export</source>
        <translation>Verificar o ficheiro despois da exportación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Storage for the VM&apos;s disks</source>
        <translation>Almacenamento para os discos da MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the VM when it is imported</source>
        <translation>&amp;Iniciar a MV cando se importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the VM when it is imported</source>
        <translation>Iniciar a MV cando se importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Storage:</source>
        <translation>&amp;Almacenamento:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the network each of the package&apos;s interfaces joins in this pool.</source>
        <translation>Escolle a rede á que se une neste pool cada unha das interfaces do paquete.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export — {0}</source>
        <translation>Exportar — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import — {0}</source>
        <translation>Importar — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
</TS>
