<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddServerDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/add_server.py" line="+30"/>
        <source>Add New Server</source>
        <translation>Añadir nuevo servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name, IP address or https://host:port</source>
        <translation>nombre del equipo, dirección IP o https://equipo:puerto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure keyring is available on this system, so the password is asked for each time; it is never written to disk.</source>
        <translation>No hay ningún llavero seguro en este sistema, así que la contraseña se pide cada vez; nunca se guarda en el disco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Añadir</translation>
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
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The address is not valid: {0}</source>
        <translation>La dirección no es válida: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a user name.</source>
        <translation>Escribe un nombre de usuario.</translation>
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
        <translation>MV reanudada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM paused</source>
        <translation>MV en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM unpaused</source>
        <translation>MV sin pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM crashed</source>
        <translation>La MV falló</translation>
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
        <translation>Alarma de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server failed (high availability)</source>
        <translation>Falló un servidor (alta disponibilidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server fenced (high availability)</source>
        <translation>Servidor aislado (alta disponibilidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-availability statefile lost</source>
        <translation>Se perdió el archivo de estado de la alta disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool overcommitted (high availability)</source>
        <translation>Pool sobrecomprometido (alta disponibilidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected VM could not restart</source>
        <translation>No se pudo reiniciar una MV protegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pool master</source>
        <translation>Nuevo maestro del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server clock skew</source>
        <translation>Desfase del reloj del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expires soon</source>
        <translation>La licencia caduca pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expired</source>
        <translation>La licencia caducó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-availability plan changed</source>
        <translation>Cambió el plan de la alta disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson step failed</source>
        <translation>Falló un paso de la lección</translation>
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
        <translation>Objeto</translation>
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
        <translation>Prioridad {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the selected alerts</source>
        <translation>Descartar las alertas seleccionadas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select one or more alerts.</source>
        <translation>Selecciona una o más alertas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dismissing alert &apos;{0}&apos;</source>
        <translation>Descartando la alerta &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/trust.py" line="+15"/>
        <source>New Server Certificate</source>
        <translation>Nuevo certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {0} is not known yet. Trust it?</source>
        <translation>El certificado de {0} aún no se conoce. ¿Confiar en él?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server Certificate Changed</source>
        <translation>Ha cambiado el certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {0} has CHANGED since the last connection. This can mean someone is intercepting the connection. Trust the new certificate?</source>
        <translation>El certificado de {0} HA CAMBIADO desde la última conexión. Esto puede significar que alguien está interceptando la conexión. ¿Confiar en el nuevo certificado?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 fingerprint:
{0}</source>
        <translation>Huella SHA-256:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previously trusted:
{0}</source>
        <translation>Antes se confiaba en:
{0}</translation>
    </message>
</context>
<context>
    <name>CommandUi</name>
    <message>
        <location filename="../../xencenter/ui/commandui.py" line="+76"/>
        <source>&amp;Don&apos;t ask me again</source>
        <translation>&amp;No volver a preguntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t ask me again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can turn this question back on in Tools &gt; Options.</source>
        <translation>Puedes volver a activar esta pregunta en Herramientas &gt; Opciones.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../xencenter/core/commands/base.py" line="+244"/>
        <source>Nothing is selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../xencenter/core/pool_join.py" line="+69"/>
        <location line="+22"/>
        <source>Not connected to {0}.</source>
        <translation>Sin conexión con {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/connection.py" line="+130"/>
        <source>Add Server...</source>
        <translation>Añadir servidor...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The server is not connected.</source>
        <translation>El servidor no está conectado.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The server is already connected.</source>
        <translation>El servidor ya está conectado.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{0} does not answer https; it speaks only plain http (unencrypted) on this port. Connect with http instead?</source>
        <translation>{0} no responde por https; en este puerto solo habla http sin cifrar. ¿Conectar con http?</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Remove Server</source>
        <translation>Quitar el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the list? You can add it again later.</source>
        <translation>¿Quitar {0} de la lista? Puedes volver a añadirlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="+30"/>
        <source>Select one or more servers.</source>
        <translation>Selecciona uno o más servidores.</translation>
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
        <translation>{0} no es un simulador: sus servidores fallan de verdad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../xencenter/core/commands/host_power.py" line="+2"/>
        <location filename="../../xencenter/core/commands/placement.py" line="+52"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-76"/>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <location filename="../../xencenter/core/wizard/migrate/check.py" line="+47"/>
        <source>The server no longer exists.</source>
        <translation>El servidor ya no existe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Simulate Power Failure</source>
        <translation>Simular un fallo de alimentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutting the power of &apos;{0}&apos; (simulated)</source>
        <translation>Cortando la alimentación de &apos;{0}&apos; (simulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the power of {0} in the simulation? Its VMs stop at once; with HA on, the pool restarts the protected ones elsewhere.</source>
        <translation>¿Cortar la alimentación de {0} en la simulación? Sus MV se detienen al momento; con la alta disponibilidad activada, el pool reinicia las protegidas en otro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulate Network Failure</source>
        <translation>Simular un fallo de red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cutting the network of &apos;{0}&apos; (simulated)</source>
        <translation>Cortando la red de &apos;{0}&apos; (simulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the network of {0} in the simulation? With HA on, it fences itself and its protected VMs restart elsewhere.</source>
        <translation>¿Cortar la red de {0} en la simulación? Con la alta disponibilidad activada, se aísla a sí mismo y sus MV protegidas se reinician en otro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore Server</source>
        <translation>Restaurar el servidor</translation>
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
        <translation>La MV ya está en este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM needs hardware virtualization (Intel VT or AMD-V), which this server does not have.</source>
        <translation>La MV necesita virtualización por hardware (Intel VT o AMD-V), que este servidor no tiene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server does not have enough free memory: the VM needs {0}, {1} is available.</source>
        <translation>Este servidor no tiene suficiente memoria libre: la MV necesita {0} y hay {1} disponible.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/dr.py" line="+32"/>
        <source>The pool&apos;s edition ({0}) does not include disaster recovery.</source>
        <translation>La edición del pool ({0}) no incluye la recuperación ante desastres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pool has no shared NFS, iSCSI or HBA storage to replicate its metadata to.</source>
        <translation>El pool no tiene almacenamiento compartido NFS, iSCSI o HBA al que replicar sus metadatos.</translation>
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
        <translation>Selecciona el pool en el que recuperar.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/ha.py" line="-48"/>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <location filename="../../xencenter/core/commands/wlb.py" line="+2"/>
        <source>The pool no longer exists.</source>
        <translation>El pool ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>High availability needs a pool of at least two servers.</source>
        <translation>La alta disponibilidad necesita un pool de al menos dos servidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool&apos;s edition ({0}) does not include high availability.</source>
        <translation>La edición del pool ({0}) no incluye la alta disponibilidad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>High availability is off.</source>
        <translation>La alta disponibilidad está desactivada.</translation>
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
        <translation>Desactivando la alta disponibilidad en &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off high availability on {0}? Its VMs will no longer be restarted elsewhere when a server fails.</source>
        <translation>¿Desactivar la alta disponibilidad en {0}? Sus MV ya no se reiniciarán en otro servidor cuando falle un servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="+1"/>
        <source>Select one or more storage repositories.</source>
        <translation>Selecciona uno o más repositorios de almacenamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository no longer exists.</source>
        <translation>El repositorio de almacenamiento ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more networks.</source>
        <translation>Selecciona una o más redes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network no longer exists.</source>
        <translation>La red ya no existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/host.py" line="+50"/>
        <location filename="../../xencenter/core/commands/intellicache.py" line="+72"/>
        <location filename="../../xencenter/core/commands/network.py" line="+94"/>
        <location filename="../../xencenter/core/commands/placement.py" line="-17"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="+46"/>
        <source>The server is not reachable.</source>
        <translation>No se puede llegar al servidor.</translation>
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
        <translation>Reiniciando el servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot {0}? Its running VMs will be shut down.</source>
        <translation>¿Reiniciar {0}? Sus MV en ejecución se apagarán.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The server is busy ({0}).</source>
        <translation>El servidor está ocupado ({0}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rebooting a server</source>
        <translation>Reinicio de un servidor</translation>
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
        <translation>Apagando el servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down {0}? Its running VMs will be shut down.</source>
        <translation>¿Apagar {0}? Sus MV en ejecución se apagarán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down a server</source>
        <translation>Apagado de un servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power On</source>
        <translation>Encender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering on server &apos;{0}&apos;</source>
        <translation>Encendiendo el servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The server is already running.</source>
        <translation>El servidor ya está en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no remote power-on method configured.</source>
        <translation>El servidor no tiene configurado ningún método de encendido remoto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter Maintenance Mode</source>
        <translation>Entrar en modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting server &apos;{0}&apos; into maintenance mode</source>
        <translation>Poniendo el servidor &apos;{0}&apos; en modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put {0} into maintenance mode? Its running VMs will be migrated to other servers.</source>
        <translation>¿Poner {0} en modo de mantenimiento? Sus MV en ejecución se migrarán a otros servidores.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../xencenter/core/commands/placement.py" line="-4"/>
        <source>The host is in maintenance mode.</source>
        <translation>El servidor está en modo de mantenimiento.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exit Maintenance Mode</source>
        <translation>Salir del modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking server &apos;{0}&apos; out of maintenance mode</source>
        <translation>Sacando el servidor &apos;{0}&apos; del modo de mantenimiento</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The server is not in maintenance mode.</source>
        <translation>El servidor no está en modo de mantenimiento.</translation>
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
        <translation>La MV ya está en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is suspended; resume it instead.</source>
        <translation>La MV está suspendida; reanúdala en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is paused; unpause it instead.</source>
        <translation>La MV está en pausa; quítale la pausa en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM must be shut down first.</source>
        <translation>Primero hay que apagar la MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not suspended.</source>
        <translation>La MV no está suspendida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not paused.</source>
        <translation>La MV no está en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not running.</source>
        <translation>La MV no está en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is suspended; resume it first.</source>
        <translation>La MV está suspendida; reanúdala primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is paused; unpause it first.</source>
        <translation>La MV está en pausa; quítale la pausa primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is {0}.</source>
        <translation>La MV está {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/placement.py" line="+2"/>
        <source>The server is disabled.</source>
        <translation>El servidor está desactivado.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/subject.py" line="-9"/>
        <source>Select one or more virtual machines.</source>
        <translation>Selecciona una o más máquinas virtuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="-61"/>
        <source>The VM no longer exists.</source>
        <translation>La MV ya no existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/organise.py" line="+52"/>
        <source>Select pools, servers, VMs, storage, networks or disks.</source>
        <translation>Selecciona pools, servidores, MV, almacenamiento, redes o discos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object no longer exists.</source>
        <translation>El objeto ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../xencenter/core/commands/vm.py" line="+9"/>
        <source>This is a server&apos;s control domain.</source>
        <translation>Este es el dominio de control de un servidor.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Choose a folder.</source>
        <translation>Elige una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in that folder.</source>
        <translation>Ya está en esa carpeta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moving {0} to folder {1}</source>
        <translation>Moviendo {0} a la carpeta {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The selection is not in a folder.</source>
        <translation>La selección no está en una carpeta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing {0} from its folder</source>
        <translation>Quitando {0} de su carpeta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating folder {0}</source>
        <translation>Creando la carpeta {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {0} already exists.</source>
        <translation>La carpeta {0} ya existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>The pool is not known yet.</source>
        <translation>El pool aún no se conoce.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving the tags of {0}</source>
        <translation>Guardando las etiquetas de {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select one object to edit its custom fields.</source>
        <translation>Selecciona un objeto para editar sus campos personalizados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the custom fields of &apos;{0}&apos;</source>
        <translation>Guardando los campos personalizados de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move to Folder...</source>
        <translation>Mover a la carpeta...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Folder</source>
        <translation>Quitar de la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Folder...</source>
        <translation>Nueva carpeta...</translation>
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
        <translation>&apos;{0}&apos; es una instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a template.</source>
        <translation>&apos;{0}&apos; es una plantilla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="+57"/>
        <location filename="../../xencenter/core/commands/xva.py" line="+26"/>
        <source>The VM is busy ({0}).</source>
        <translation>La MV está ocupada ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in templates cannot be changed or deleted.</source>
        <translation>Las plantillas integradas no se pueden cambiar ni eliminar.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vapp.py" line="-15"/>
        <source>Select a vApp.</source>
        <translation>Selecciona una vApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vApp no longer exists.</source>
        <translation>La vApp ya no existe.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The vApp is busy ({0}).</source>
        <translation>La vApp está ocupada ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vApp has no VMs.</source>
        <translation>La vApp no tiene MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VM of the vApp is shut down.</source>
        <translation>Ninguna MV de la vApp está apagada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VM of the vApp is running.</source>
        <translation>Ninguna MV de la vApp está en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every VM of the vApp is shut down.</source>
        <translation>Todas las MV de la vApp están apagadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/core/commands/vm.py" line="+1"/>
        <source>The server does not allow this for &apos;{0}&apos; now.</source>
        <translation>El servidor no permite esto para &apos;{0}&apos; ahora.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only VMs can be in a vApp (not templates, snapshots or control domains).</source>
        <translation>Solo las MV pueden estar en una vApp (no las plantillas, las instantáneas ni los dominios de control).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VM is in no vApp.</source>
        <translation>La MV no está en ninguna vApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM is already in this vApp.</source>
        <translation>La MV ya está en esta vApp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (leave the vApp)</source>
        <translation>Ninguna (salir de la vApp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigning VM &apos;{0}&apos; to a vApp</source>
        <translation>Asignando la MV &apos;{0}&apos; a una vApp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manage vApps...</source>
        <translation>Gestionar vApps...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New vApp...</source>
        <translation>Nueva vApp...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start vApp</source>
        <translation>Iniciar la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting vApp &apos;{0}&apos;</source>
        <translation>Iniciando la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut Down vApp</source>
        <translation>Apagar la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down vApp &apos;{0}&apos;</source>
        <translation>Apagando la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down the VMs of the vApp {0}, in reverse start order?</source>
        <translation>¿Apagar las MV de la vApp {0}, en el orden inverso al de arranque?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force Shut Down vApp</source>
        <translation>Forzar el apagado de la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing vApp &apos;{0}&apos; to shut down</source>
        <translation>Forzando el apagado de la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force the VMs of the vApp {0} to shut down? Unsaved work in the guests will be lost.</source>
        <translation>¿Forzar el apagado de las MV de la vApp {0}? Se perderá el trabajo sin guardar en los invitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete vApp</source>
        <translation>Eliminar la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting vApp &apos;{0}&apos;</source>
        <translation>Eliminando la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the vApp {0}? Its VMs are kept, outside any vApp.</source>
        <translation>¿Eliminar la vApp {0}? Sus MV se conservan, fuera de cualquier vApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vApp Properties...</source>
        <translation>Propiedades de la vApp...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to vApp</source>
        <translation>Asignar a una vApp</translation>
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
        <translation>Iniciando la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Shutting down VM &apos;{0}&apos;</source>
        <translation>Apagando la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut down {0}?</source>
        <translation>¿Apagar {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutting down a VM</source>
        <translation>Apagado de una MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Shutdown</source>
        <translation>Forzar el apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing VM &apos;{0}&apos; to shut down</source>
        <translation>Forzando el apagado de la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force {0} to shut down? Unsaved work in the guest will be lost.</source>
        <translation>¿Forzar el apagado de {0}? Se perderá el trabajo sin guardar en el invitado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting VM &apos;{0}&apos;</source>
        <translation>Reiniciando la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot {0}?</source>
        <translation>¿Reiniciar {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting a VM</source>
        <translation>Reinicio de una MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Reboot</source>
        <translation>Forzar el reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forcing VM &apos;{0}&apos; to reboot</source>
        <translation>Forzando el reinicio de la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force {0} to reboot? Unsaved work in the guest will be lost.</source>
        <translation>¿Forzar el reinicio de {0}? Se perderá el trabajo sin guardar en el invitado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspending VM &apos;{0}&apos;</source>
        <translation>Suspendiendo la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Resuming VM &apos;{0}&apos;</source>
        <translation>Reanudando la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/simulation.py" line="+41"/>
        <source>{0} is not a simulator: its clock is the real one.</source>
        <translation>{0} no es un simulador: su reloj es el real.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The simulated clock is already paused.</source>
        <translation>El reloj simulado ya está en pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The simulated clock already runs at {0}x.</source>
        <translation>El reloj simulado ya va a {0}x.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause the simulated clock to step it.</source>
        <translation>Pon en pausa el reloj simulado para avanzarlo paso a paso.</translation>
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
        <translation>Lecciones...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vm.py" line="+0"/>
        <source>Pausing VM &apos;{0}&apos;</source>
        <translation>Poniendo en pausa la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpause</source>
        <translation>Quitar la pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpausing VM &apos;{0}&apos;</source>
        <translation>Quitando la pausa a la MV &apos;{0}&apos;</translation>
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
        <translation>Convertir en plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting &apos;{0}&apos; to a template</source>
        <translation>Convirtiendo &apos;{0}&apos; en una plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert {0} to a template? A template cannot be started, and this cannot be undone.</source>
        <translation>¿Convertir {0} en una plantilla? Una plantilla no se puede iniciar, y esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on Server</source>
        <translation>Iniciar en el servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume on Server</source>
        <translation>Reanudar en el servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrate to Server</source>
        <translation>Migrar al servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating VM &apos;{0}&apos;</source>
        <translation>Migrando la MV &apos;{0}&apos;</translation>
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
        <translation>El pool no se ha unido a ningún dominio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The pool has already joined the domain {0}.</source>
        <translation>El pool ya se ha unido al dominio {0}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Joining &apos;{0}&apos; to the domain {1}</source>
        <translation>Uniendo &apos;{0}&apos; al dominio {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already users of the pool: {0}.</source>
        <translation>Ya son usuarios del pool: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding {0} to the users of &apos;{1}&apos;</source>
        <translation>Añadiendo {0} a los usuarios de &apos;{1}&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select one or more users or groups.</source>
        <translation>Selecciona uno o más usuarios o grupos.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server has no role {0}.</source>
        <translation>El servidor no tiene el rol {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing the role of {0} to {1}</source>
        <translation>Cambiando el rol de {0} a {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join Domain...</source>
        <translation>Unirse a un dominio...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Domain</source>
        <translation>Abandonar el dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the domain of &apos;{0}&apos;</source>
        <translation>Abandonando el dominio de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the domain {0}? Its users can no longer log in to the pool, and their sessions end.</source>
        <translation>¿Abandonar el dominio {0}? Sus usuarios ya no podrán iniciar sesión en el pool y sus sesiones terminan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing {0} from the pool&apos;s users</source>
        <translation>Quitando {0} de los usuarios del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the pool&apos;s users? They can no longer log in, and their sessions end.</source>
        <translation>¿Quitar {0} de los usuarios del pool? Ya no podrán iniciar sesión y sus sesiones terminan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Role...</source>
        <translation>Cambiar el rol...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging out {0}</source>
        <translation>Cerrando la sesión de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out {0}? Every session they have open on the pool ends.</source>
        <translation>¿Cerrar la sesión de {0}? Terminan todas las sesiones que tenga abiertas en el pool.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rbac.py" line="+107"/>
        <source>Your role may not do this.</source>
        <translation>Tu rol no permite hacer esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role ({0}) may not do this.</source>
        <translation>Tu rol ({0}) no permite hacer esto.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wizard.py" line="-28"/>
        <source>New VM...</source>
        <translation>Nueva MV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a pool, a server or a template.</source>
        <translation>Selecciona un pool, un servidor o una plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick Create</source>
        <translation>Creación rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a template.</source>
        <translation>Selecciona una plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New VM from Snapshot...</source>
        <translation>Nueva MV desde la instantánea...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New SR...</source>
        <translation>Nuevo SR...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a pool or a server.</source>
        <translation>Selecciona un pool o un servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/snapshot.py" line="+75"/>
        <source>The VM of this snapshot no longer exists.</source>
        <translation>La MV de esta instantánea ya no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <location line="+24"/>
        <location filename="../../xencenter/core/commands/wizard.py" line="-45"/>
        <source>Select a snapshot.</source>
        <translation>Selecciona una instantánea.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Select one or more snapshots.</source>
        <translation>Selecciona una o más instantáneas.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Take Snapshot...</source>
        <translation>Tomar instantánea...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshotting &apos;{0}&apos;</source>
        <translation>Tomando una instantánea de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert To...</source>
        <translation>Revertir a...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting to &apos;{0}&apos;</source>
        <translation>Revirtiendo a &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Snapshot</source>
        <translation>Eliminar instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting snapshot &apos;{0}&apos;</source>
        <translation>Eliminando la instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the snapshots {0} and their disks? This cannot be undone.</source>
        <translation>¿Eliminar las instantáneas {0} y sus discos? Esto no se puede deshacer.</translation>
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
        <translation>Renombrando la instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as Template...</source>
        <translation>Guardar como plantilla...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a template from snapshot &apos;{0}&apos;</source>
        <translation>Creando una plantilla a partir de la instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wizard.py" line="+20"/>
        <source>The server does not allow migrating &apos;{0}&apos; now.</source>
        <translation>El servidor no permite migrar &apos;{0}&apos; ahora.</translation>
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
        <translation>Selecciona una MV.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/xva.py" line="-2"/>
        <source>Shut down or suspend the VM to export it.</source>
        <translation>Apaga o suspende la MV para exportarla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a VM, a template or a snapshot.</source>
        <translation>Selecciona una MV, una plantilla o una instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the pool or server to import into.</source>
        <translation>Selecciona el pool o el servidor en el que importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Network...</source>
        <translation>Nueva red...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a pool, a server or a network.</source>
        <translation>Selecciona un pool, un servidor o una red.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/license.py" line="+24"/>
        <source>License Manager...</source>
        <translation>Gestor de licencias...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/storage.py" line="-159"/>
        <source>The storage repository is busy ({0}).</source>
        <translation>El repositorio de almacenamiento está ocupado ({0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A virtual disk on it is in use by a running VM.</source>
        <translation>Un disco virtual suyo está en uso por una MV en ejecución.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The storage repository has no server to attach to.</source>
        <translation>El repositorio de almacenamiento no tiene ningún servidor al que conectarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage repository is attached to every server.</source>
        <translation>El repositorio de almacenamiento ya está conectado a todos los servidores.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The storage repository is already detached.</source>
        <translation>El repositorio de almacenamiento ya está desconectado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The storage repository is not attached to any server; Forget it instead.</source>
        <translation>El repositorio de almacenamiento no está conectado a ningún servidor; olvídalo en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storage repository still holds virtual disks; delete them first.</source>
        <translation>El repositorio de almacenamiento aún tiene discos virtuales; elimínalos primero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It is already the pool&apos;s default storage.</source>
        <translation>Ya es el almacenamiento predeterminado del pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library of ISOs or removable devices cannot hold new virtual disks.</source>
        <translation>Una biblioteca de ISO o de dispositivos extraíbles no puede guardar nuevos discos virtuales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storage repository is detached.</source>
        <translation>El repositorio de almacenamiento está desconectado.</translation>
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
        <translation>Reparando el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaching storage repository &apos;{0}&apos;</source>
        <translation>Desconectando el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach {0}? Its virtual disks stay on it but cannot be used until it is repaired.</source>
        <translation>¿Desconectar {0}? Sus discos virtuales quedan en él pero no se pueden usar hasta que se repare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgetting storage repository &apos;{0}&apos;</source>
        <translation>Olvidando el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget {0}? The pool will no longer know it; its data stays on the storage and can be attached again with New SR.</source>
        <translation>¿Olvidar {0}? El pool dejará de conocerlo; sus datos quedan en el almacenamiento y se puede volver a conectar con Nuevo SR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy...</source>
        <translation>Destruir...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroying storage repository &apos;{0}&apos;</source>
        <translation>Destruyendo el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy {0}? Everything on it is erased for good.</source>
        <translation>¿Destruir {0}? Todo lo que tiene se borra para siempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as Default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting &apos;{0}&apos; as the default storage</source>
        <translation>Estableciendo &apos;{0}&apos; como almacenamiento predeterminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting the properties of &apos;{0}&apos;</source>
        <translation>Poniendo las propiedades de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/host_power.py" line="-11"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-59"/>
        <location line="+80"/>
        <source>Select one server.</source>
        <translation>Selecciona un solo servidor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the power-on settings of &apos;{0}&apos;</source>
        <translation>Guardando la configuración de encendido de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power-On Settings...</source>
        <translation>Configuración de encendido...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/network.py" line="-34"/>
        <source>The network is on the servers&apos; NICs; it cannot be deleted.</source>
        <translation>La red está en las NIC de los servidores; no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network belongs to a bond: delete the bond from the NICs tab.</source>
        <translation>La red pertenece a una agregación: elimina la agregación desde la pestaña NIC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network carries a management interface.</source>
        <translation>La red lleva una interfaz de gestión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VMs still use the network ({0}); remove their interfaces on it first.</source>
        <translation>Aún hay MV que usan la red ({0}); quita primero sus interfaces en ella.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="-64"/>
        <source>Turn off high availability first.</source>
        <translation>Desactiva primero la alta disponibilidad.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Network Properties...</source>
        <translation>Propiedades de la red...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the properties of network &apos;{0}&apos;</source>
        <translation>Cambiando las propiedades de la red &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Network</source>
        <translation>Eliminar la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting network &apos;{0}&apos;</source>
        <translation>Eliminando la red &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the network {0}? Its VLAN interfaces and tunnels on every server are deleted with it.</source>
        <translation>¿Eliminar la red {0}? Sus interfaces VLAN y túneles en todos los servidores se eliminan con ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management Interface...</source>
        <translation>Interfaz de gestión...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the management interface of &apos;{0}&apos;</source>
        <translation>Cambiando la interfaz de gestión de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/pool_admin.py" line="+2"/>
        <source>The server is alone in its pool.</source>
        <translation>El servidor está solo en su pool.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pool master cannot leave the pool: make another server the master first.</source>
        <translation>El maestro del pool no puede salir del pool: haz primero maestro a otro servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move or shut down the VMs running on it first ({0}).</source>
        <translation>Mueve o apaga primero las MV que se ejecutan en él ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is the pool master already.</source>
        <translation>El servidor ya es el maestro del pool.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Server from Pool</source>
        <translation>Quitar el servidor del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing &apos;{0}&apos; from the pool</source>
        <translation>Quitando &apos;{0}&apos; del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from the pool? It becomes a pool of its own, and the virtual disks on its local storage are deleted.</source>
        <translation>¿Quitar {0} del pool? Pasa a ser un pool propio, y se borran los discos virtuales de su almacenamiento local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make Pool Master</source>
        <translation>Hacer maestro del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making &apos;{0}&apos; the pool master</source>
        <translation>Haciendo &apos;{0}&apos; maestro del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {0} the pool master? Consoles reconnect to it.</source>
        <translation>¿Hacer {0} maestro del pool? Las consolas se reconectan a él.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select the server to become the pool master.</source>
        <translation>Selecciona el servidor que será el maestro del pool.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Server to Pool...</source>
        <translation>Añadir el servidor a un pool...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Pool...</source>
        <translation>Nuevo pool...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/bond.py" line="+27"/>
        <source>Choose a bond in the list.</source>
        <translation>Elige una agregación en la lista.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete Bond</source>
        <translation>Eliminar la agregación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting bond {0}</source>
        <translation>Eliminando la agregación {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the bond? Its NICs work on their own again, and the network on it loses the bond&apos;s connection on this server.</source>
        <translation>¿Eliminar la agregación? Sus NIC vuelven a funcionar por separado, y la red que tiene pierde la conexión de la agregación en este servidor.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vmss.py" line="-124"/>
        <source>The pool&apos;s edition ({0}) does not include VM protection and recovery.</source>
        <translation>La edición del pool ({0}) no incluye la protección y recuperación de MV.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a policy.</source>
        <translation>Selecciona una política.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy no longer exists.</source>
        <translation>La política ya no existe.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The policy is already enabled.</source>
        <translation>La política ya está activada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy is already disabled.</source>
        <translation>La política ya está desactivada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policy protects no VM.</source>
        <translation>La política no protege ninguna MV.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VM Protection Policies...</source>
        <translation>Políticas de protección de MV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New VM Protection Policy...</source>
        <translation>Nueva política de protección de MV...</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vapp.py" line="-25"/>
        <location filename="../../xencenter/core/commands/vmss.py" line="+2"/>
        <source>Select a pool or a VM.</source>
        <translation>Selecciona un pool o una MV.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/vmss.py" line="+3"/>
        <source>Deleting VM protection policy &apos;{0}&apos;</source>
        <translation>Eliminando la política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the VM protection policy {0}? Its VMs will no longer be protected; the snapshots it took are kept.</source>
        <translation>¿Eliminar la política de protección de MV {0}? Sus MV dejarán de estar protegidas; las instantáneas que tomó se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling VM protection policy &apos;{0}&apos;</source>
        <translation>Activando la política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling VM protection policy &apos;{0}&apos;</source>
        <translation>Desactivando la política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run Now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running VM protection policy &apos;{0}&apos;</source>
        <translation>Ejecutando la política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing VM protection policy &apos;{0}&apos;</source>
        <translation>Cambiando la política de protección de MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/intellicache.py" line="-41"/>
        <source>Select a virtual disk.</source>
        <translation>Selecciona un disco virtual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk no longer exists.</source>
        <translation>El disco virtual ya no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pool&apos;s edition ({0}) does not include IntelliCache.</source>
        <translation>La edición del pool ({0}) no incluye IntelliCache.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Storage of type {0} cannot hold a cache; it must be file-based (ext).</source>
        <translation>Un almacenamiento de tipo {0} no puede contener una caché; debe estar basado en ficheros (ext).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storage is not plugged in.</source>
        <translation>El almacenamiento no está conectado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put the server into maintenance mode first: IntelliCache changes only while it runs no VMs.</source>
        <translation>Pon primero el servidor en modo de mantenimiento: IntelliCache solo se cambia mientras no ejecuta ninguna MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VMs are running on the server.</source>
        <translation>Hay MV en ejecución en el servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server has no local file-based (ext) storage to cache on.</source>
        <translation>El servidor no tiene almacenamiento local basado en ficheros (ext) en el que guardar la caché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That storage is not the server&apos;s own.</source>
        <translation>Ese almacenamiento no es propio del servidor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IntelliCache is not enabled on this server.</source>
        <translation>IntelliCache no está activado en este servidor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose whether the disk is cached.</source>
        <translation>Elige si el disco se almacena en caché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose whether the disk is reset at each start.</source>
        <translation>Elige si el disco se restablece en cada arranque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disks on this storage cannot be reset at each start.</source>
        <translation>Los discos de este almacenamiento no se pueden restablecer en cada arranque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is in use by a running VM; shut the VM down first.</source>
        <translation>El disco está en uso por una MV en ejecución; apaga primero la MV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable IntelliCache</source>
        <translation>Activar IntelliCache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling IntelliCache on server &apos;{0}&apos;</source>
        <translation>Activando IntelliCache en el servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable IntelliCache</source>
        <translation>Desactivar IntelliCache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling IntelliCache on server &apos;{0}&apos;</source>
        <translation>Desactivando IntelliCache en el servidor &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache this disk (IntelliCache)</source>
        <translation>Almacenar este disco en caché (IntelliCache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the caching of disk &apos;{0}&apos;</source>
        <translation>Cambiando el uso de la caché del disco &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset to the state at boot on each start (on_boot reset)</source>
        <translation>Restablecer al estado inicial en cada arranque (on_boot reset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing what disk &apos;{0}&apos; keeps at each start</source>
        <translation>Cambiando lo que conserva el disco &apos;{0}&apos; en cada arranque</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/commands/wlb.py" line="+2"/>
        <source>The pool&apos;s edition ({0}) does not include workload balancing.</source>
        <translation>La edición del pool ({0}) no incluye el balance de carga.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Workload balancing is already on.</source>
        <translation>El balance de carga ya está activado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Workload balancing is not connected.</source>
        <translation>El balance de carga no está conectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an optimization mode.</source>
        <translation>Elige un modo de optimización.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workload balancing is off.</source>
        <translation>El balance de carga está desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no recommendations to apply.</source>
        <translation>No hay recomendaciones que aplicar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moving &apos;{0}&apos; to {1}</source>
        <translation>Moviendo &apos;{0}&apos; a {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to the Simulator&apos;s WLB</source>
        <translation>Conectar al WLB del simulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting &apos;{0}&apos; to workload balancing</source>
        <translation>Conectando &apos;{0}&apos; al balance de carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect WLB</source>
        <translation>Desconectar el WLB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting &apos;{0}&apos; from workload balancing</source>
        <translation>Desconectando &apos;{0}&apos; del balance de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect {0} from workload balancing? Its configuration is forgotten and placement advice stops.</source>
        <translation>¿Desconectar {0} del balance de carga? Se olvida su configuración y dejan de darse consejos de ubicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set WLB Optimization Mode</source>
        <translation>Establecer el modo de optimización del WLB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the workload balancing mode of &apos;{0}&apos;</source>
        <translation>Cambiando el modo de balance de carga de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply Recommendations</source>
        <translation>Aplicar las recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying workload balancing recommendations on &apos;{0}&apos;</source>
        <translation>Aplicando las recomendaciones de balance de carga en &apos;{0}&apos;</translation>
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
        <translation>La conexión ha fallado; no se ha dado ningún motivo.</translation>
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
        <translation>No se pueden recordar las contraseñas: {0}. Se pedirán cada vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring refused</source>
        <translation>el llavero se negó</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The simulator did not start</source>
        <translation>El simulador no ha arrancado</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM is paused.</source>
        <translation>Esta MV está en pausa.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpause</source>
        <translation>Quitar la pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the console to this session.</source>
        <translation>El servidor ha denegado la consola a esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this console.</source>
        <translation>El servidor no conoce esta consola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is not running there any more.</source>
        <translation>La MV ya no se ejecuta allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server allows no more console sessions.</source>
        <translation>El servidor no admite más sesiones de consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the console (HTTP {0}).</source>
        <translation>El servidor ha denegado la consola (HTTP {0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server&apos;s certificate is not the one you trusted.</source>
        <translation>El certificado del servidor de la consola no es el que aceptaste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server speaks no VNC protocol version this console knows.</source>
        <translation>El servidor de la consola no habla ninguna versión del protocolo VNC que esta consola conozca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server sent data that cannot be shown.</source>
        <translation>El servidor de la consola ha enviado datos que no se pueden mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console server cannot be reached.</source>
        <translation>No se puede llegar al servidor de la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console closed.</source>
        <translation>La consola se ha cerrado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The console is in its own window.</source>
        <translation>La consola está en su propia ventana.</translation>
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
        <translation>Devolver la consola a esta pestaña</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no console to show.</source>
        <translation>No hay ninguna consola que mostrar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Commands run only in the main window.</source>
        <translation>Las órdenes solo se ejecutan en la ventana principal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The console is not available. Trying again...</source>
        <translation>La consola no está disponible. Reintentando...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the VM&apos;s console...</source>
        <translation>Esperando a la consola de la MV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s console is not available.</source>
        <translation>La consola de este servidor no está disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the console...</source>
        <translation>Conectando con la consola...</translation>
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
        <translation>Guardar la captura de pantalla</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved {0}.</source>
        <translation>Se ha guardado {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the screenshot to {0}.</source>
        <translation>No se ha podido guardar la captura de pantalla en {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/console_windows.py" line="+25"/>
        <source>Console window</source>
        <translation>Ventana de la consola</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Full screen console</source>
        <translation>Consola a pantalla completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Ctrl+Alt+F to leave full screen.</source>
        <translation>Pulsa Ctrl+Alt+F para salir de la pantalla completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Full Screen</source>
        <translation>Salir de la pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen</source>
        <translation>Salir de la pantalla completa</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/rfb_view.py" line="+42"/>
        <source>Console screen</source>
        <translation>Pantalla de la consola</translation>
    </message>
</context>
<context>
    <name>CopyVm</name>
    <message>
        <location filename="../../xencenter/core/wizard/copy_vm.py" line="+72"/>
        <source>Name and description</source>
        <translation>Nombre y descripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name for the copy.</source>
        <translation>Escribe un nombre para la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy mode and storage</source>
        <translation>Modo de copia y almacenamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server does not allow a fast clone of this VM now; choose a full copy.</source>
        <translation>El servidor no permite ahora una clonación rápida de esta MV; elige una copia completa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not allow a full copy of this VM now.</source>
        <translation>El servidor no permite ahora una copia completa de esta MV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the storage repository for the copy.</source>
        <translation>Elige el repositorio de almacenamiento para la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy needs {0} but the storage repository has {1} free.</source>
        <translation>La copia necesita {0} pero el repositorio de almacenamiento tiene {1} libres.</translation>
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
        <translation>Clonación rápida (los discos quedan en su almacenamiento, compartidos con copia en escritura)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copying &apos;{0}&apos;</source>
        <translation>Copiando &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying the VM and its disks</source>
        <translation>Copiando la MV y sus discos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloning the VM</source>
        <translation>Clonando la MV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the description</source>
        <translation>Poniendo la descripción</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Copy of {0}</source>
        <translation>Copia de {0}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/copy_vm.py" line="+31"/>
        <source>&amp;Fast clone: share the disks copy-on-write on their storage</source>
        <translation>Clonación &amp;rápida: compartir los discos con copia en escritura en su almacenamiento</translation>
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
        <translation>Repositorio de almacenamiento para la copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full copy writes {0} of disks.</source>
        <translation>Una copia completa escribe {0} de discos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Storage:</source>
        <translation>&amp;Almacenamiento:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Copy VM — {0}</source>
        <translation>Copiar la MV — {0}</translation>
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
        <translation>El pool aún no tiene campos personalizados: añade uno abajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>New field name</source>
        <translation>Nombre del nuevo campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New field type</source>
        <translation>Tipo del nuevo campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is already a field named &apos;{0}&apos;.</source>
        <translation>Ya hay un campo llamado &apos;{0}&apos;.</translation>
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
        <translation>¿Eliminar &apos;{0}&apos;? Esto no se puede deshacer. Marca los discos y las instantáneas que se eliminan con ella; los demás se conservan.</translation>
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
        <translation>también lo usa {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM has no disks.</source>
        <translation>La MV no tiene discos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM has no snapshots.</source>
        <translation>La MV no tiene instantáneas.</translation>
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
        <translation>Conmutación por error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failback</source>
        <translation>Conmutación por recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test failover</source>
        <translation>Prueba de conmutación por error</translation>
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
        <translation>Elige conmutación por error, conmutación por recuperación o prueba de conmutación por error.</translation>
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
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Type the storage server&apos;s address, then Find.</source>
        <translation>Escribe la dirección del servidor de almacenamiento y después pulsa Buscar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the export&apos;s path (it starts with /).</source>
        <translation>Escribe la ruta exportada (empieza por /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the target IQN and the LUN&apos;s SCSI id.</source>
        <translation>Escribe el IQN de destino y el ID SCSI del LUN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for SRs...</source>
        <translation>Buscando SR...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Find to look for SRs on this storage.</source>
        <translation>Pulsa Buscar para buscar SR en este almacenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the SRs holding the lost pool&apos;s metadata.</source>
        <translation>Marca los SR que contienen los metadatos del pool perdido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pool metadata is replicated on {0}: configure disaster recovery on the lost pool first.</source>
        <translation>No hay metadatos de ningún pool replicados en {0}: configura primero la recuperación ante desastres en el pool perdido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual Machines and vApps</source>
        <translation>Máquinas virtuales y vApps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attaching the storage and reading its metadata...</source>
        <translation>Conectando el almacenamiento y leyendo sus metadatos...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one VM or vApp to recover.</source>
        <translation>Elige al menos una MV o vApp para recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To recover</source>
        <translation>Para recuperar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-checks</source>
        <translation>Comprobaciones previas</translation>
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
        <translation>Estos elementos no se pueden recuperar; exclúyelos o corrígelos:
{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The recovered VMs and the attached storage are removed again</source>
        <translation>Las MV recuperadas y el almacenamiento conectado se quitan de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the VMs</source>
        <translation>Iniciar las MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>tested, then removed: {0}</source>
        <translation>probadas y después quitadas: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered: {0}</source>
        <translation>recuperadas: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering the VMs and vApps</source>
        <translation>Recuperando las MV y las vApps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the recovered VMs</source>
        <translation>Iniciando las MV recuperadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing what the test recovered</source>
        <translation>Quitando lo que recuperó la prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} to pool &apos;{1}&apos;</source>
        <translation>{0} al pool &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/dr_config.py" line="+51"/>
        <source>Metadata Replication</source>
        <translation>Replicación de metadatos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chosen SR no longer exists or cannot hold metadata.</source>
        <translation>Un SR elegido ya no existe o no puede contener metadatos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicated to</source>
        <translation>Replicado en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configuring disaster recovery of pool &apos;{0}&apos;</source>
        <translation>Configurando la recuperación ante desastres del pool &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing metadata replication</source>
        <translation>Cambiando la replicación de metadatos</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/dr_discovery.py" line="+85"/>
        <location line="+49"/>
        <location line="+39"/>
        <source>Not connected to the pool.</source>
        <translation>Sin conexión con el pool.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The storage reported: {0}</source>
        <translation>El almacenamiento ha informado: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to the scan could not be read.</source>
        <translation>No se ha podido leer la respuesta del servidor a la exploración.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No VMs or vApps of another pool were found on the chosen storage: replicate the lost pool&apos;s metadata to it first (Configure Disaster Recovery).</source>
        <translation>No se han encontrado MV ni vApps de otro pool en el almacenamiento elegido: replica primero en él los metadatos del pool perdido (Configurar recuperación ante desastres).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{0}&apos; is running in this pool: shut it down first.</source>
        <translation>&apos;{0}&apos; se está ejecutando en este pool: apágala primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is already in this pool; only a failback replaces it.</source>
        <translation>&apos;{0}&apos; ya está en este pool; solo una conmutación por recuperación la sustituye.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its disks are on storage this pool has not attached: choose that SR too.</source>
        <translation>Sus discos están en un almacenamiento que este pool no tiene conectado: elige también ese SR.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/dr.py" line="+78"/>
        <source>Recover the VMs and vApps of a pool that is lost into this pool.</source>
        <translation>Recuperar en este pool las MV y las vApps de un pool perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the VMs back to this pool, their original one, replacing the copies it still has.</source>
        <translation>Devolver las MV a este pool, su pool original, sustituyendo las copias que aún tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover the VMs here, start them, then remove them again: both pools are left as they were.</source>
        <translation>Recuperar aquí las MV, iniciarlas y después quitarlas de nuevo: los dos pools quedan como estaban.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Storage type</source>
        <translation>Tipo de almacenamiento</translation>
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
        <translation>SR encontrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where is the storage of the lost pool? The SRs found on it are attached to this pool to read the metadata replicated there.</source>
        <translation>¿Dónde está el almacenamiento del pool perdido? Los SR que se encuentren en él se conectan a este pool para leer los metadatos replicados allí.</translation>
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
        <translation>metadatos encontrados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no metadata</source>
        <translation>sin metadatos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>VMs and vApps to recover</source>
        <translation>MV y vApps para recuperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VMs and vApps in the metadata found on the storage. Choose those to recover:</source>
        <translation>Las MV y las vApps de los metadatos encontrados en el almacenamiento. Elige las que quieres recuperar:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pre-check results</source>
        <translation>Resultados de las comprobaciones previas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the recovered VMs</source>
        <translation>&amp;Iniciar las MV recuperadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the recovered VMs</source>
        <translation>Iniciar las MV recuperadas</translation>
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
        <translation>Desconectando el almacenamiento de una recuperación cancelada</translation>
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
        <translation>SR que contienen los metadatos del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the shared SRs that keep a copy of this pool&apos;s metadata (its VMs, vApps, disks and networks), so another pool can recover them if this one is lost:</source>
        <translation>Marca los SR compartidos que guardan una copia de los metadatos de este pool (sus MV, vApps, discos y redes), para que otro pool pueda recuperarlos si este se pierde:</translation>
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
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The console ran into a problem it did not expect: {0}. It is still running and nothing you were doing was lost; you can continue. If it happens again, copy the details into a bug report.</source>
        <translation>La consola ha encontrado un problema que no esperaba: {0}. Sigue en marcha y no se ha perdido nada de lo que estabas haciendo; puedes continuar. Si vuelve a pasar, copia los detalles en un informe de error.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(more errors happened; see the log)</source>
        <translation>(ha habido más errores; mira el registro)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../xencenter/core/errors_text.py" line="+40"/>
        <source>Error code: {0}</source>
        <translation>Código de error: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter {0}: {1}</source>
        <translation>Parámetro {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The storage back end reported a failure.</source>
        <translation>El almacenamiento ha informado de un fallo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the operation with an error this console does not know; see the details.</source>
        <translation>El servidor ha rechazado la operación con un error que esta consola no conoce; mira los detalles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection to the server was lost: {0}</source>
        <translation>Se ha perdido la conexión con el servidor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an unexpected reply: {0}</source>
        <translation>El servidor ha enviado una respuesta inesperada: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operation timed out.</source>
        <translation>La operación ha agotado el tiempo de espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong in the console; see the details.</source>
        <translation>Algo inesperado ha fallado en la consola; mira los detalles.</translation>
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
        <translation>repositorio de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual disk</source>
        <translation>disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual disk drive</source>
        <translation>unidad de disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage connection</source>
        <translation>conexión de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual network interface</source>
        <translation>interfaz de red virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network interface card</source>
        <translation>tarjeta de red</translation>
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
        <translation>tarea</translation>
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
        <translation>objeto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object that no longer exists</source>
        <translation>un objeto que ya no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {0}</source>
        <translation>un(a) {0}</translation>
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
        <translation>en ejecución</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The server does not have enough free memory.</source>
        <translation>El servidor no tiene suficiente memoria libre.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server does not have enough free memory: {0} is needed but only {1} is available.</source>
        <translation>El servidor no tiene suficiente memoria libre: se necesita {0} pero solo hay {1} disponible.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The VM &apos;{0}&apos; must be {1} for this, but it is {2}.</source>
        <translation>La MV &apos;{0}&apos; tiene que estar {1} para esto, pero está {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {0} no longer exists; it may have been deleted by someone else.</source>
        <translation>El objeto ({0}) ya no existe; quizá alguien lo ha eliminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No {0} with the UUID {1} exists.</source>
        <translation>No existe ningún objeto ({0}) con el UUID {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password was not accepted for &apos;{0}&apos;.</source>
        <translation>No se ha aceptado el nombre de usuario o la contraseña para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is busy with another operation ({1}); try again when it has finished.</source>
        <translation>&apos;{0}&apos; está ocupado con otra operación ({1}); inténtalo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The storage repository is full.</source>
        <translation>El repositorio de almacenamiento está lleno.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The storage repository is full: {0} is needed but only {1} can be allocated.</source>
        <translation>El repositorio de almacenamiento está lleno: se necesita {0} pero solo se pueden reservar {1}.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The virtual disk &apos;{0}&apos; is too small; it must be at least {1}.</source>
        <translation>El disco virtual &apos;{0}&apos; es demasiado pequeño; tiene que tener al menos {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server expects a different form of &apos;{0}&apos;; it may run another version of XenServer.</source>
        <translation>Este servidor espera otra forma de &apos;{0}&apos;; puede que ejecute otra versión de XenServer.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/error_table.py" line="+15"/>
        <location line="+1"/>
        <source>Your session has expired; please log in again.</source>
        <translation>Tu sesión ha caducado; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is a pool member; connect to the pool master at {0} instead.</source>
        <translation>Este servidor es miembro de un pool; conéctate al maestro del pool en {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is still starting up; try again in a minute.</source>
        <translation>El servidor aún está arrancando; inténtalo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in emergency mode and cannot do this now.</source>
        <translation>El servidor está en modo de emergencia y ahora no puede hacer esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not support &apos;{0}&apos; (it may be too old).</source>
        <translation>Este servidor no admite &apos;{0}&apos; (puede ser demasiado antiguo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>This server no longer supports this operation.</source>
        <translation>Este servidor ya no admite esta operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not implement &apos;{0}&apos;.</source>
        <translation>Este servidor no implementa &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had an internal error: {0}</source>
        <translation>El servidor tuvo un error interno: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value given for &apos;{0}&apos; has the wrong type.</source>
        <translation>El valor dado para &apos;{0}&apos; tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value &apos;{1}&apos; is not valid for &apos;{0}&apos;.</source>
        <translation>El valor &apos;{1}&apos; no es válido para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value &apos;{1}&apos; is not supported for &apos;{0}&apos;: {2}</source>
        <translation>El valor &apos;{1}&apos; no se admite para &apos;{0}&apos;: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key &apos;{0}&apos; is already set on this object.</source>
        <translation>La clave &apos;{0}&apos; ya está definida en este objeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some updates from the server were lost; the view is being refreshed.</source>
        <translation>Se perdieron algunas actualizaciones del servidor; la vista se está actualizando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The server did not understand the console&apos;s update request.</source>
        <translation>El servidor no entendió la petición de actualizaciones de la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task was cancelled.</source>
        <translation>La tarea se canceló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation is not allowed: {0}.</source>
        <translation>La operación no está permitida: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation is not allowed.</source>
        <translation>La operación no está permitida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation &apos;{1}&apos; is blocked on &apos;{0}&apos;.</source>
        <translation>La operación &apos;{1}&apos; está bloqueada en &apos;{0}&apos;.</translation>
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
        <translation>Tu rol no permite esto ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is known to the domain but has no role in this pool; ask a pool administrator for one.</source>
        <translation>&apos;{0}&apos; es conocido por el dominio pero no tiene ningún rol en este pool; pídele uno a un administrador del pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain has no such user or group.</source>
        <translation>El dominio no tiene ese usuario o grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user or group is already a user of the pool.</source>
        <translation>Este usuario o grupo ya es usuario del pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role does not exist, or the subject does not have it.</source>
        <translation>El rol no existe o el sujeto no lo tiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject already has this role.</source>
        <translation>El sujeto ya tiene este rol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool could not join the domain: {0}.</source>
        <translation>El pool no pudo unirse al dominio: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool could not join the domain.</source>
        <translation>El pool no pudo unirse al dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool has already joined a domain ({0}); leave it first.</source>
        <translation>El pool ya está unido a un dominio ({0}); sal de él primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool has not joined a domain.</source>
        <translation>El pool no está unido a ningún dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not know the directory type &apos;{0}&apos;.</source>
        <translation>El servidor no conoce el tipo de directorio &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this ({0}).</source>
        <translation>Tu licencia no permite esto ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this (the editions differ).</source>
        <translation>Tu licencia no permite esto (las ediciones son distintas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your licence does not allow this.</source>
        <translation>Tu licencia no permite esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no plug-in named &apos;{0}&apos;.</source>
        <translation>El servidor no tiene ningún complemento llamado &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server plug-in failed: {0}</source>
        <translation>Falló un complemento del servidor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a template, so &apos;{1}&apos; is not possible.</source>
        <translation>&apos;{0}&apos; es una plantilla, así que &apos;{1}&apos; no es posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a snapshot, so &apos;{1}&apos; is not possible.</source>
        <translation>&apos;{0}&apos; es una instantánea, así que &apos;{1}&apos; no es posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a template can be provisioned.</source>
        <translation>Solo se puede aprovisionar una plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a snapshot can be reverted to.</source>
        <translation>Solo se puede revertir a una instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs the storage repository &apos;{1}&apos;, which this server cannot reach.</source>
        <translation>La MV &apos;{0}&apos; necesita el repositorio de almacenamiento &apos;{1}&apos;, al que este servidor no llega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs the network &apos;{1}&apos;, which this server cannot reach.</source>
        <translation>La MV &apos;{0}&apos; necesita la red &apos;{1}&apos;, a la que este servidor no llega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; needs hardware virtualization (Intel VT or AMD-V), which this server does not have.</source>
        <translation>La MV &apos;{0}&apos; necesita virtualización por hardware (Intel VT o AMD-V), que este servidor no tiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM &apos;{0}&apos; cannot do this: its guest tools are missing or too old.</source>
        <translation>La MV &apos;{0}&apos; no puede hacer esto: faltan sus herramientas del invitado o son demasiado antiguas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; needs its guest tools installed for this.</source>
        <translation>La MV &apos;{0}&apos; necesita tener instaladas las herramientas del invitado para esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest tools of the VM &apos;{0}&apos; are too old for this.</source>
        <translation>Las herramientas del invitado de la MV &apos;{0}&apos; son demasiado antiguas para esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot be suspended: {1}</source>
        <translation>La MV &apos;{0}&apos; no se puede suspender: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; cannot be suspended: no storage repository is set for suspend images.</source>
        <translation>La MV &apos;{0}&apos; no se puede suspender: no hay ningún repositorio de almacenamiento para las imágenes de suspensión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot be moved.</source>
        <translation>La MV &apos;{0}&apos; no se puede mover.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; did not shut down in time.</source>
        <translation>La MV &apos;{0}&apos; no se apagó a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; did not acknowledge the shutdown request.</source>
        <translation>La MV &apos;{0}&apos; no confirmó la petición de apagado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; crashed.</source>
        <translation>La MV &apos;{0}&apos; falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; shut down during the operation.</source>
        <translation>La MV &apos;{0}&apos; se apagó durante la operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; rebooted during the operation.</source>
        <translation>La MV &apos;{0}&apos; se reinició durante la operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving the VM &apos;{0}&apos; from &apos;{1}&apos; to &apos;{2}&apos; failed: {3}</source>
        <translation>Falló el traslado de la MV &apos;{0}&apos; de &apos;{1}&apos; a &apos;{2}&apos;: {3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; is not running on &apos;{1}&apos;.</source>
        <translation>La MV &apos;{0}&apos; no se está ejecutando en &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; runs a version that cannot take the VM &apos;{1}&apos;.</source>
        <translation>El servidor &apos;{0}&apos; tiene una versión que no puede acoger la MV &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; has a PCI device passed through, which prevents this.</source>
        <translation>La MV &apos;{0}&apos; tiene un dispositivo PCI pasado directamente, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has a virtual GPU, which prevents this.</source>
        <translation>La MV &apos;{0}&apos; tiene una GPU virtual, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting the VM &apos;{0}&apos; to the snapshot &apos;{1}&apos; failed.</source>
        <translation>Falló la reversión de la MV &apos;{0}&apos; a la instantánea &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not be paused for the checkpoint.</source>
        <translation>No se pudo pausar la MV &apos;{0}&apos; para el punto de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not be resumed after the checkpoint.</source>
        <translation>No se pudo reanudar la MV &apos;{0}&apos; después del punto de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has too many snapshots; delete some first.</source>
        <translation>La MV &apos;{0}&apos; tiene demasiadas instantáneas; elimina algunas primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; cannot take a quiesced snapshot.</source>
        <translation>La MV &apos;{0}&apos; no puede tomar una instantánea con quiesce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has more virtual CPUs than allowed.</source>
        <translation>La MV &apos;{0}&apos; tiene más CPU virtuales de las permitidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory of the VM &apos;{0}&apos; is too low for its operating system.</source>
        <translation>La memoria de la MV &apos;{0}&apos; es demasiado baja para su sistema operativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory settings are not valid: they must satisfy static minimum &lt;= dynamic minimum &lt;= dynamic maximum &lt;= static maximum ({0}).</source>
        <translation>La configuración de memoria no es válida: debe cumplir mínimo estático &lt;= mínimo dinámico &lt;= máximo dinámico &lt;= máximo estático ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory settings are not valid: they must satisfy static minimum &lt;= dynamic minimum &lt;= dynamic maximum &lt;= static maximum.</source>
        <translation>La configuración de memoria no es válida: debe cumplir mínimo estático &lt;= mínimo dinámico &lt;= máximo dinámico &lt;= máximo estático.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory settings are not valid: without guest tools the memory cannot vary ({0}).</source>
        <translation>La configuración de memoria no es válida: sin herramientas del invitado la memoria no puede variar ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM &apos;{0}&apos; belongs to the vApp &apos;{1}&apos;; manage it there.</source>
        <translation>La MV &apos;{0}&apos; pertenece a la vApp &apos;{1}&apos;; gestiónala allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is a built-in template and cannot be deleted.</source>
        <translation>&apos;{0}&apos; es una plantilla incorporada y no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; is protected against this operation.</source>
        <translation>La MV &apos;{0}&apos; está protegida contra esta operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; could not boot: its boot loader failed.</source>
        <translation>La MV &apos;{0}&apos; no pudo arrancar: falló su cargador de arranque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM &apos;{0}&apos; has a boot loader this server does not know.</source>
        <translation>La MV &apos;{0}&apos; tiene un cargador de arranque que este servidor no conoce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; is offline.</source>
        <translation>El servidor &apos;{0}&apos; está desconectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not live.</source>
        <translation>El servidor no está activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is disabled (it may be in maintenance mode).</source>
        <translation>El servidor &apos;{0}&apos; está desactivado (puede estar en modo de mantenimiento).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server must be disabled (in maintenance mode) first.</source>
        <translation>Primero hay que desactivar el servidor (en modo de mantenimiento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; still has running VMs; move or shut them down first.</source>
        <translation>El servidor &apos;{0}&apos; aún tiene MV en ejecución; muévelas o apágalas primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is still in use by &apos;{2}&apos;.</source>
        <translation>El servidor &apos;{0}&apos; aún está en uso por &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is running; this needs it to be off.</source>
        <translation>El servidor &apos;{0}&apos; está en ejecución; esto necesita que esté apagado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has {1} physical CPUs, fewer than the {0} virtual CPUs asked for.</source>
        <translation>El servidor tiene {1} CPU físicas, menos que las {0} CPU virtuales pedidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server in the pool can start this VM (not enough memory, or every server is disabled or offline).</source>
        <translation>Ningún servidor del pool puede iniciar esta MV (no hay memoria suficiente, o todos los servidores están desactivados o desconectados).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server &apos;{0}&apos; cannot reach the network &apos;{1}&apos;.</source>
        <translation>El servidor &apos;{0}&apos; no llega a la red &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; is already being evacuated.</source>
        <translation>El servidor &apos;{0}&apos; ya se está evacuando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; cannot be contacted.</source>
        <translation>No se puede contactar con el servidor &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; cannot remove itself.</source>
        <translation>El servidor &apos;{0}&apos; no se puede eliminar a sí mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server with shared storage cannot join a pool.</source>
        <translation>Un servidor con almacenamiento compartido no puede unirse a un pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server with running VMs cannot join a pool.</source>
        <translation>Un servidor con MV en ejecución no puede unirse a un pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server must run the same version as the pool to join it.</source>
        <translation>El servidor debe tener la misma versión que el pool para unirse a él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is the master of another pool with members; it cannot join.</source>
        <translation>El servidor es el maestro de otro pool con miembros; no puede unirse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not compatible with the pool: {0}.</source>
        <translation>El servidor no es compatible con el pool: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not compatible with the pool.</source>
        <translation>El servidor no es compatible con el pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server runs another product than the pool.</source>
        <translation>El servidor ejecuta un producto distinto del del pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server and the pool are not in the same domain; make their external authentication match.</source>
        <translation>El servidor y el pool no están en el mismo dominio; haz que coincida su autenticación externa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not reach the pool master to join it.</source>
        <translation>El servidor no pudo llegar al maestro del pool para unirse a él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability is on; turn it off first.</source>
        <translation>La alta disponibilidad está activada; desactívala primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability is not on.</source>
        <translation>La alta disponibilidad no está activada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High availability has no failover plan for this.</source>
        <translation>La alta disponibilidad no tiene un plan de recuperación para esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This would break the high-availability failover plan.</source>
        <translation>Esto rompería el plan de recuperación de la alta disponibilidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on, so the management interface&apos;s bond cannot change.</source>
        <translation>La alta disponibilidad está activada, así que la agregación (bond) de la interfaz de gestión no puede cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage repository &apos;{0}&apos; is still attached; detach it first.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; aún está conectado; desconéctalo primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is not attached to any server.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; no está conectado a ningún servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is attached to several servers.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; está conectado a varios servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository still holds virtual disks.</source>
        <translation>El repositorio de almacenamiento aún contiene discos virtuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; cannot be shared between servers.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; no se puede compartir entre servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server has no storage driver of type &apos;{0}&apos;.</source>
        <translation>Este servidor no tiene ningún controlador de almacenamiento del tipo &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; does not support this.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; no admite esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is not attached.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; no está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool has no default storage repository.</source>
        <translation>El pool no tiene repositorio de almacenamiento predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage repository &apos;{0}&apos; is already attached to &apos;{1}&apos;.</source>
        <translation>El repositorio de almacenamiento &apos;{0}&apos; ya está conectado a &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is in use ({1}).</source>
        <translation>El disco virtual &apos;{0}&apos; está en uso ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is read-only.</source>
        <translation>El disco virtual &apos;{0}&apos; es de solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{1}&apos; is missing from &apos;{0}&apos;.</source>
        <translation>Falta el disco virtual &apos;{1}&apos; en &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is not available.</source>
        <translation>El disco virtual &apos;{0}&apos; no está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not an ISO image.</source>
        <translation>&apos;{0}&apos; no es una imagen ISO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is of a type that cannot be used here.</source>
        <translation>El disco virtual &apos;{0}&apos; es de un tipo que no se puede usar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is a physical device.</source>
        <translation>El disco virtual &apos;{0}&apos; es un dispositivo físico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is sharable, which prevents this.</source>
        <translation>El disco virtual &apos;{0}&apos; es compartible, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual disk &apos;{0}&apos; is not managed by the server.</source>
        <translation>El disco virtual &apos;{0}&apos; no lo gestiona el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destination was chosen for the virtual disk &apos;{0}&apos;.</source>
        <translation>No se eligió ningún destino para el disco virtual &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is reset at every boot, which prevents this.</source>
        <translation>El disco se restablece en cada arranque, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drive is not a CD or DVD drive.</source>
        <translation>Esta unidad no es una unidad de CD o DVD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive already holds a disc; eject it first.</source>
        <translation>La unidad ya tiene un disco; expúlsalo primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive is empty.</source>
        <translation>La unidad está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CD or DVD drive must be read-only.</source>
        <translation>Una unidad de CD o DVD debe ser de solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest has locked the drive&apos;s tray.</source>
        <translation>El invitado bloqueó la bandeja de la unidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is already attached.</source>
        <translation>El dispositivo ya está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is already detached.</source>
        <translation>El dispositivo ya está desconectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device with this number already exists on the VM.</source>
        <translation>Ya existe un dispositivo con este número en la MV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest refused to release the device: {0}</source>
        <translation>El invitado se negó a liberar el dispositivo: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is not attached.</source>
        <translation>El dispositivo no está conectado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device number &apos;{0}&apos; is not valid.</source>
        <translation>El número de dispositivo &apos;{0}&apos; no es válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network still has server interfaces on it.</source>
        <translation>La red aún tiene interfaces de servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network still has VMs connected to it.</source>
        <translation>La red aún tiene MV conectadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is already connected to the network &apos;{1}&apos;.</source>
        <translation>El servidor ya está conectado a la red &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a system network and cannot be deleted.</source>
        <translation>&apos;{0}&apos; es una red del sistema y no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a physical interface and cannot be deleted.</source>
        <translation>&apos;{0}&apos; es una interfaz física y no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is the management interface, which prevents this.</source>
        <translation>&apos;{0}&apos; es la interfaz de gestión, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is already part of a bond.</source>
        <translation>&apos;{0}&apos; ya forma parte de una agregación (bond).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is a VLAN interface, which prevents this.</source>
        <translation>&apos;{0}&apos; es una interfaz VLAN, lo que impide esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VLAN with this tag already exists on &apos;{0}&apos;.</source>
        <translation>Ya existe una VLAN con esta etiqueta en &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; still carries VLANs; delete them first.</source>
        <translation>&apos;{0}&apos; aún lleva VLAN; elimínalas primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; still carries tunnels; delete them first.</source>
        <translation>&apos;{0}&apos; aún lleva túneles; elimínalos primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bond needs at least two interfaces.</source>
        <translation>Una agregación (bond) necesita al menos dos interfaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bond can only join interfaces of one server.</source>
        <translation>Una agregación (bond) solo puede unir interfaces de un servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one of the bonded interfaces may have an IP address.</source>
        <translation>Solo una de las interfaces agregadas puede tener dirección IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; cannot be unplugged.</source>
        <translation>La interfaz &apos;{0}&apos; no se puede desconectar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; is not managed by the server.</source>
        <translation>La interfaz &apos;{0}&apos; no la gestiona el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server &apos;{0}&apos; has no interface on the network &apos;{1}&apos;.</source>
        <translation>El servidor &apos;{0}&apos; no tiene ninguna interfaz en la red &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; has no IP configuration.</source>
        <translation>La interfaz &apos;{0}&apos; no tiene configuración IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VLAN tag &apos;{0}&apos; is not valid (it must be from 0 to 4094).</source>
        <translation>La etiqueta VLAN &apos;{0}&apos; no es válida (debe estar entre 0 y 4094).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid MAC address.</source>
        <translation>&apos;{0}&apos; no es una dirección MAC válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual interface is in use on the network &apos;{0}&apos;.</source>
        <translation>La interfaz virtual está en uso en la red &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No destination network was chosen for a virtual interface.</source>
        <translation>No se eligió ninguna red de destino para una interfaz virtual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network with the bridge &apos;{0}&apos; already exists.</source>
        <translation>Ya existe una red con el puente &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid IP address.</source>
        <translation>&apos;{0}&apos; no es una dirección IP válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs the Open vSwitch network stack on the server.</source>
        <translation>Esto necesita la pila de red Open vSwitch en el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface &apos;{0}&apos; has no IP address for the tunnel.</source>
        <translation>La interfaz &apos;{0}&apos; no tiene dirección IP para el túnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload balancing is not connected for this pool.</source>
        <translation>El balance de carga no está conectado para este pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload balancing is paused for this pool.</source>
        <translation>El balance de carga está en pausa para este pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a valid workload balancing address (use host:port).</source>
        <translation>&apos;{0}&apos; no es una dirección de balance de carga válida (usa equipo:puerto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload balancing server refused the connection.</source>
        <translation>El servidor de balance de carga ha rechazado la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload balancing server did not accept the user name and password.</source>
        <translation>El servidor de balance de carga no ha aceptado el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workload balancing server could not log in to the pool with the account given.</source>
        <translation>El servidor de balance de carga no ha podido iniciar sesión en el pool con la cuenta indicada.</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../xencenter/ui/panes/events_model.py" line="+26"/>
        <source>Running</source>
        <translation>En ejecución</translation>
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
        <translation>Ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>Trabajando...</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{0} (started by another client)</source>
        <translation>{0} (iniciado por otro cliente)</translation>
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
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/panes/events.py" line="+13"/>
        <source>Dismiss All Finished</source>
        <translation>Descartar todos los terminados</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/folders.py" line="+18"/>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to Folder</source>
        <translation>Mover a la carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder path</source>
        <translation>Ruta de la carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/Folder/Subfolder</source>
        <translation>/Carpeta/Subcarpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate nested folders with &apos;/&apos;.</source>
        <translation>Separa las carpetas anidadas con &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/general.py" line="+31"/>
        <source>Property</source>
        <translation>Propiedad</translation>
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
        <translation>Este objeto ya no existe.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/properties.py" line="+38"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>En ejecución</translation>
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
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power state</source>
        <translation>Estado de energía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (no guest tools)</source>
        <translation>Desconocido (sin herramientas del invitado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
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
        <translation>No está en ejecución</translation>
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
        <translation>Tiempo en marcha</translation>
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
        <translation>Una política de protección de MV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} (disabled)</source>
        <translation>{0} (desactivada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} (start order {1}, start delay {2} s, shutdown delay {3} s)</source>
        <translation>{0} (orden de arranque {1}, espera de arranque {2} s, espera de apagado {3} s)</translation>
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
        <translation>Maestro del pool</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>In maintenance mode</source>
        <translation>En modo de mantenimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Sin respuesta</translation>
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
        <translation>IP de gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Nombre del equipo</translation>
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
        <translation>Almacenamiento predeterminado</translation>
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
        <translation>Alta disponibilidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content type</source>
        <translation>Tipo de contenido</translation>
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
        <translation>Puente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managed</source>
        <translation>Gestionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space used</source>
        <translation>Espacio usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
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
        <translation>Se restablece al estado inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps its changes</source>
        <translation>Conserva sus cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/organise_rows.py" line="+33"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
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
        <translation>Prioridad de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start order</source>
        <translation>Orden de arranque</translation>
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
        <translation>Estado de la alta disponibilidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart priorities of the VMs</source>
        <translation>Prioridades de reinicio de las MV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;High availability is on.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La alta disponibilidad está activada.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat SR: {0}</source>
        <translation>SR del latido: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server failures tolerated: {0}; the current plan covers {1}.</source>
        <translation>Fallos de servidor tolerados: {0}; el plan actual cubre {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The pool is overcommitted:&lt;/b&gt; if servers fail, not every protected VM can be restarted.</source>
        <translation>&lt;b&gt;El pool está sobrecomprometido:&lt;/b&gt; si fallan servidores, no se pueden reiniciar todas las MV protegidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;High availability is off.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La alta disponibilidad está desactivada.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it is on, the VMs with the priority Restart are restarted on another server if theirs fails. Use Configure HA to turn it on.</source>
        <translation>Cuando está activada, las MV con la prioridad Reiniciar se reinician en otro servidor si falla el suyo. Usa Configurar HA para activarla.</translation>
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
        <translation>Reiniciar si es posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restart</source>
        <translation>No reiniciar</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+18"/>
        <location filename="../../xencenter/ui/wizards/ha.py" line="+42"/>
        <source>Heartbeat SR</source>
        <translation>SR del latido</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>High availability needs shared storage for its heartbeat (the statefile), and this pool has none.</source>
        <translation>La alta disponibilidad necesita almacenamiento compartido para su latido (el fichero de estado), y este pool no tiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the SR for the heartbeat.</source>
        <translation>Elige el SR para el latido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>HA Plan</source>
        <translation>Plan de HA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of &apos;{0}&apos; cannot be negative.</source>
        <translation>El orden de &apos;{0}&apos; no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start delay of &apos;{0}&apos; cannot be negative.</source>
        <translation>La espera de arranque de &apos;{0}&apos; no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failures to Tolerate</source>
        <translation>Fallos que tolerar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of failures cannot be negative.</source>
        <translation>El número de fallos no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the server to compute the plan...</source>
        <translation>Esperando a que el servidor calcule el plan...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these restart priorities the pool can tolerate at most {0} server failures: lower the number, or restart fewer VMs.</source>
        <translation>Con estas prioridades de reinicio el pool puede tolerar como mucho {0} fallos de servidor: baja el número o reinicia menos MV.</translation>
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
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Setting the restart priorities</source>
        <translation>Poniendo las prioridades de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Setting the failures to tolerate</source>
        <translation>Poniendo los fallos que tolerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the high availability settings of &apos;{0}&apos;</source>
        <translation>Cambiando la configuración de alta disponibilidad de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning on high availability</source>
        <translation>Activando la alta disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning on high availability for &apos;{0}&apos;</source>
        <translation>Activando la alta disponibilidad en &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/ha.py" line="-138"/>
        <source>The servers of the pool write a heartbeat to a statefile on shared storage; a server whose heartbeat stops is fenced and its protected VMs restart elsewhere.</source>
        <translation>Los servidores del pool escriben un latido en un fichero de estado en el almacenamiento compartido; un servidor cuyo latido se detiene queda aislado y sus MV protegidas se reinician en otro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heartbeat SR:</source>
        <translation>SR del &amp;latido:</translation>
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
        <translation>Prioridad de reinicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start order</source>
        <translation>Orden de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart priority of {0}</source>
        <translation>Prioridad de reinicio de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start order of {0}</source>
        <translation>Orden de arranque de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start delay of {0}</source>
        <translation>Espera de arranque de {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart: the VM is restarted on another server when its server fails, and the plan guarantees it a place. Restart if possible: only where memory is left. Servers restart VMs by start order, waiting the delay after each.</source>
        <translation>Reiniciar: la MV se reinicia en otro servidor cuando falla el suyo, y el plan le garantiza un sitio. Reiniciar si es posible: solo donde quede memoria. Los servidores reinician las MV por el orden de arranque, esperando el tiempo indicado después de cada una.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Computing the plan...</source>
        <translation>Calculando el plan...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these priorities the pool can tolerate {0} server failures.</source>
        <translation>Con estas prioridades el pool puede tolerar {0} fallos de servidor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the plan allows</source>
        <translation>Lo que permite el plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server failures to tolerate:</source>
        <translation>Fallos de &amp;servidor que tolerar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan allows at most {0}.</source>
        <translation>El plan permite como mucho {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit High Availability — {0}</source>
        <translation>Editar la alta disponibilidad — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure High Availability — {0}</source>
        <translation>Configurar la alta disponibilidad — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../xencenter/core/language.py" line="+12"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
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
        <translation>{0} es demasiado grande para un fichero de lección (como mucho {1} KiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a text file in UTF-8.</source>
        <translation>{0} no es un fichero de texto en UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cannot be read: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LessonsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/lessons.py" line="+42"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Ha fallado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons on {0}</source>
        <translation>Lecciones en {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons shipped with the simulator</source>
        <translation>Lecciones incluidas con el simulador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open File...</source>
        <translation>&amp;Abrir fichero...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson progress</source>
        <translation>Progreso de la lección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson steps</source>
        <translation>Pasos de la lección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Tiempo</translation>
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
        <translation>Una lección se ejecuta en el simulador con su reloj (usa la barra de simulación para pausarla o acelerarla); su narración aparece en el panel de Alertas. Cerrar esta ventana no la detiene.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} ({1} steps)</source>
        <translation>{0} ({1} pasos)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No lesson has been started on this server.</source>
        <translation>Aún no se ha iniciado ninguna lección en este servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at {0} of {1}.</source>
        <translation>Detenida en {0} de {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished ({1}).</source>
        <translation>Terminada ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open Lesson File</source>
        <translation>Abrir un fichero de lección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson files (*.toml)</source>
        <translation>Ficheros de lección (*.toml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/license.py" line="+56"/>
        <source>License Manager — {0}</source>
        <translation>Gestor de licencias — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Servers and their licences</source>
        <translation>Servidores y sus licencias</translation>
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
        <translation>La licencia caduca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edition to assign</source>
        <translation>Edición que asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to the pool</source>
        <translation>&amp;Asignar al pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to the pool</source>
        <translation>Asignar al pool</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features by edition</source>
        <translation>Funcionalidades por edición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the matrix</source>
        <translation>Sobre la tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
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
        <translation>Este servidor no es el simulador: informa de su propia edición y de sus restricciones, mostradas arriba; la comparación de ediciones del curso viene con el simulador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} (today)</source>
        <translation>{0} (actual)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History: shown as the course lists it, not simulated.</source>
        <translation>Historia: se muestra como la recoge el curso, no se simula.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s comparison of Xen Cloud Platform with the XenServer editions, and today&apos;s XCP-ng, Standard and Premium. Assigning an edition sets what the simulated pool licenses: a feature it lacks is refused (LICENCE_RESTRICTION) and its verbs are greyed out. StorageLink and the provisioning services are history: listed, not simulated.</source>
        <translation>La comparación del curso entre Xen Cloud Platform y las ediciones de XenServer, y las actuales XCP-ng, Standard y Premium. Asignar una edición fija lo que tiene licenciado el pool simulado: una funcionalidad que le falte se rechaza (LICENCE_RESTRICTION) y sus acciones aparecen desactivadas. StorageLink y los servicios de aprovisionamiento son historia: se listan, no se simulan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assigning the edition {0}</source>
        <translation>Asignando la edición {0}</translation>
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
        <translation>Ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History of this object</source>
        <translation>Historial de este objeto</translation>
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
        <translation>Tarea</translation>
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
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Almace&amp;namiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options...</source>
        <translation>&amp;Opciones...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About XenCenter</source>
        <translation>&amp;Acerca de XenCenter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About XenCenter</source>
        <translation>Acerca de XenCenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XenCenter-Qt: a management console for Xen pools.</source>
        <translation>XenCenter-Qt: una consola de gestión para pools Xen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connected to {0} of {1} servers</source>
        <translation>Conectado a {0} de {1} servidores</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/menus.py" line="+165"/>
        <source>{0}, rated by the simulator&apos;s own workload balancing</source>
        <translation>{0}, según el balance de carga propio del simulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start on Server</source>
        <translation>Iniciar en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume on Server</source>
        <translation>Reanudar en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate to Server</source>
        <translation>Migrar al servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to vApp</source>
        <translation>Asignar a una vApp</translation>
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
        <translation>&amp;Infraestructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objetos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show &amp;Templates</source>
        <translation>Mostrar &amp;plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Local Storage</source>
        <translation>Mostrar almacenamiento &amp;local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Hidden Objects</source>
        <translation>Mostrar objetos &amp;ocultos</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/language_menu.py" line="+18"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The console will use this language the next time it starts.</source>
        <translation>La consola usará este idioma la próxima vez que arranque.</translation>
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
        <translation>Elige la interfaz para la gestión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the IP address (four numbers, such as 192.0.2.10).</source>
        <translation>Escribe la dirección IP (cuatro números, como 192.0.2.10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the subnet mask (such as 255.255.255.0).</source>
        <translation>Escribe la máscara de subred (como 255.255.255.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway is not an IP address.</source>
        <translation>La puerta de enlace no es una dirección IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS servers must be IP addresses, separated by commas.</source>
        <translation>Los servidores DNS deben ser direcciones IP, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/network_dialogs.py" line="+105"/>
        <source>Management interface of &apos;{0}&apos;</source>
        <translation>Interfaz de gestión de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (DHCP)</source>
        <translation>Automática (DHCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static address</source>
        <translation>Dirección estática</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet mask</source>
        <translation>Máscara de subred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pool&apos;s servers and consoles reach the server at this address; a console connected to the old one reconnects.</source>
        <translation>Los servidores del pool y las consolas llegan al servidor en esta dirección; una consola conectada a la antigua se reconecta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the management interface</source>
        <translation>Sobre la interfaz de gestión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IP address:</source>
        <translation>Dirección I&amp;P:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet &amp;mask:</source>
        <translation>&amp;Máscara de subred:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Puerta de enlace:</translation>
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
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MemoryRange</name>
    <message>
        <location filename="../../xencenter/core/memory_range.py" line="+37"/>
        <source>The dynamic minimum cannot be below the static minimum ({0}).</source>
        <translation>El mínimo dinámico no puede estar por debajo del mínimo estático ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dynamic minimum cannot be above the dynamic maximum.</source>
        <translation>El mínimo dinámico no puede estar por encima del máximo dinámico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dynamic maximum cannot be above the static maximum ({0}); changing that needs the VM shut down.</source>
        <translation>El máximo dinámico no puede estar por encima del máximo estático ({0}); cambiarlo requiere apagar la MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server can give this VM at most {0} now (it holds {1}, the server has {2} free).</source>
        <translation>El servidor puede dar a esta MV como mucho {0} ahora (tiene {1}, el servidor tiene {2} libres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Static minimum {0} ≤ dynamic minimum {1} ≤ dynamic maximum {2} ≤ static maximum {3}.</source>
        <translation>Mínimo estático {0} ≤ mínimo dinámico {1} ≤ máximo dinámico {2} ≤ máximo estático {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xen balloons the running VM between these two values as the server needs memory; the server can give it up to {0}.</source>
        <translation>Xen ajusta con el globo la MV en ejecución entre estos dos valores según la memoria que necesite el servidor; el servidor puede darle hasta {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM starts with the dynamic maximum when the server has it, and never with less than the dynamic minimum.</source>
        <translation>La MV arranca con el máximo dinámico cuando el servidor lo tiene, y nunca con menos del mínimo dinámico.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/perf_writes.py" line="+75"/>
        <source>Changing the memory of {0}</source>
        <translation>Cambiando la memoria de {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/memory.py" line="+134"/>
        <source>The VM must be running or shut down to change its memory range.</source>
        <translation>La MV tiene que estar en ejecución o apagada para cambiar su rango de memoria.</translation>
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
        <translation>Aplicar el rango de memoria dinámica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to the VM&apos;s current range</source>
        <translation>Volver al rango actual de la MV</translation>
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
        <translation>objetivo del globo {0} de un máximo estático de {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memory of {0}</source>
        <translation>Memoria de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memory figures: the server&apos;s metrics are missing.</source>
        <translation>No hay cifras de memoria: faltan las métricas del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total {0}, used {1}, free {2}</source>
        <translation>Total {0}, usada {1}, libre {2}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VM memory</source>
        <translation>Memoria de las MV</translation>
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
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to dynamic maximum</source>
        <translation>Hasta el máximo dinámico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running</source>
        <translation>No está en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A running VM&apos;s dynamic range applies at once: Xen balloons it within the range.</source>
        <translation>El rango dinámico de una MV en ejecución se aplica al momento: Xen la ajusta con el globo dentro del rango.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This object no longer exists.</source>
        <translation>Este objeto ya no existe.</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/pages.py" line="+15"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
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
        <translation>Elige el servidor al que migrar la MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; cannot take the VM: {1}</source>
        <translation>&apos;{0}&apos; no puede acoger la MV: {1}</translation>
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
        <translation>Migración entre pools (en caliente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-pool move (the VM is not running)</source>
        <translation>Traslado entre pools (la MV no está en ejecución)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live migration (XenMotion)</source>
        <translation>Migración en caliente (XenMotion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live migration with its storage (Storage XenMotion)</source>
        <translation>Migración en caliente con su almacenamiento (Storage XenMotion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move (the VM is not running)</source>
        <translation>Traslado (la MV no está en ejecución)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an SR for &apos;{0}&apos;.</source>
        <translation>Elige un repositorio para &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; cannot reach &apos;{1}&apos;, so XenMotion cannot leave the disk there: choose storage the server reaches and the disk moves with the VM (Storage XenMotion).</source>
        <translation>&apos;{0}&apos; no puede llegar a &apos;{1}&apos;, así que XenMotion no puede dejar allí el disco: elige un almacenamiento al que llegue el servidor y el disco se mueve con la MV (Storage XenMotion).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>moves to {0}</source>
        <translation>se mueve a {0}</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a network for interface {0}.</source>
        <translation>Elige una red para la interfaz {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface {0}</source>
        <translation>Interfaz {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Migration Network</source>
        <translation>Red de migración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the network the migration uses.</source>
        <translation>Elige la red que usa la migración.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/run.py" line="+30"/>
        <location line="+6"/>
        <source>XenMotion figures: not available from this server.</source>
        <translation>Cifras de XenMotion: este servidor no las proporciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XenMotion pre-copy: {0} rounds, memory sent per round {1}; dirty pages left for the final copy {2}; downtime {3} ms.</source>
        <translation>Precopia de XenMotion: {0} rondas, memoria enviada por ronda {1}; páginas sucias para la copia final {2}; tiempo de parada {3} ms.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migrating the VM&apos;s memory (XenMotion)</source>
        <translation>Migrando la memoria de la MV (XenMotion)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected to {0}.</source>
        <translation>Sin conexión con {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the destination</source>
        <translation>Preparando el destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the VM&apos;s disks and memory</source>
        <translation>Copiando los discos y la memoria de la MV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting the VM&apos;s home server</source>
        <translation>Poniendo el servidor de origen de la MV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading XenMotion&apos;s figures</source>
        <translation>Leyendo las cifras de XenMotion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrating VM &apos;{0}&apos;</source>
        <translation>Migrando la MV &apos;{0}&apos;</translation>
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
        <translation>Elige adónde va la MV. Se pregunta a cada servidor si puede acoger la MV.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>can take the VM</source>
        <translation>puede acoger la MV</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Storage mapping</source>
        <translation>Correspondencia de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now on</source>
        <translation>Ahora en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination storage</source>
        <translation>Almacenamiento de destino</translation>
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
        <translation>Adónde va cada disco. Un disco que queda en su almacenamiento no se mueve (XenMotion); un disco al que se le da otro almacenamiento se copia mientras la MV funciona (Storage XenMotion).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Destination storage of {0}</source>
        <translation>Almacenamiento de destino de {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (where it is now)</source>
        <translation>{0} (donde está ahora)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Network mapping</source>
        <translation>Correspondencia de redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination network</source>
        <translation>Red de destino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network each interface joins:</source>
        <translation>La red a la que se une cada interfaz:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface {0} ({1})</source>
        <translation>Interfaz {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network of interface {0}</source>
        <translation>Red de la interfaz {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/migrate/pages.py" line="-8"/>
        <location filename="../../xencenter/ui/wizards/migrate/pages.py" line="+24"/>
        <source>Migration network</source>
        <translation>Red de migración</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/migrate/pages.py" line="+2"/>
        <source>The destination receives the VM&apos;s disks and memory on this network:</source>
        <translation>El destino recibe los discos y la memoria de la MV por esta red:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/migrate/wizard.py" line="+49"/>
        <source>Migrate VM — {0}</source>
        <translation>Migrar la MV — {0}</translation>
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
        <translation>Rondas de precopia</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Live migration</source>
        <translation>Migración en caliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration figures</source>
        <translation>Cifras de la migración</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Live migration (XenMotion)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Migración en caliente (XenMotion)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VM has not been migrated live since the simulator started; its pre-copy rounds will show here.</source>
        <translation>Esta MV no se ha migrado en caliente desde que arrancó el simulador; sus rondas de precopia aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Live migration (XenMotion)&lt;/b&gt;: {0}</source>
        <translation>&lt;b&gt;Migración en caliente (XenMotion)&lt;/b&gt;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-copy round {0} of {1}: the guest runs while its memory is sent; pages it dirties are sent again in the next round.</source>
        <translation>Ronda de precopia {0} de {1}: el invitado sigue funcionando mientras se envía su memoria; las páginas que ensucia se envían de nuevo en la ronda siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {0} pre-copy rounds.</source>
        <translation>Hecho: {0} rondas de precopia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory sent per round: {0}.</source>
        <translation>Memoria enviada por ronda: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop-and-copy of the last dirty pages: {0}; the guest was paused {1} ms.</source>
        <translation>Parada y copia de las últimas páginas sucias: {0}; el invitado estuvo en pausa {1} ms.</translation>
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
        <translation>La conexión ha fallado</translation>
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
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
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
        <translation>Infraestructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objetos</translation>
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
        <translation>Objetos por carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by Tag</source>
        <translation>Objetos por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by Custom Field</source>
        <translation>Objetos por campo personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects by vApp</source>
        <translation>Objetos por vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
</context>
<context>
    <name>NetworkProperties</name>
    <message>
        <location filename="../../xencenter/core/network_settings.py" line="-61"/>
        <source>Type a name for the network.</source>
        <translation>Escribe un nombre para la red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTU must be from {0} to {1} bytes.</source>
        <translation>La MTU debe estar entre {0} y {1} bytes.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/network_dialogs.py" line="-101"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Properties of network &apos;{0}&apos;</source>
        <translation>Propiedades de la red &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>&amp;Añadir automáticamente esta red a las nuevas MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to new VMs</source>
        <translation>Añadir a las nuevas MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new MTU applies to each interface when it is plugged again (a VM&apos;s at its next start).</source>
        <translation>Una nueva MTU se aplica a cada interfaz cuando se vuelve a conectar (la de una MV en su siguiente arranque).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the MTU</source>
        <translation>Sobre la MTU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Puente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Virtual network interfaces</source>
        <translation>Interfaces de red virtuales</translation>
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
        <translation>Red externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-server private network</source>
        <translation>Red privada de un solo servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-server private network</source>
        <translation>Red privada entre servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonded network</source>
        <translation>Red agregada (bond)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New Network</source>
        <translation>Nueva red</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Network Type</source>
        <translation>Tipo de red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The servers have no physical NIC to use.</source>
        <translation>Los servidores no tienen ninguna NIC física que usar.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a name for the network.</source>
        <translation>Escribe un nombre para la red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network named &apos;{0}&apos; already exists.</source>
        <translation>Ya existe una red llamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to new VMs</source>
        <translation>Añadida a las nuevas MV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network Settings</source>
        <translation>Configuración de la red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MTU must be between {0} and {1}.</source>
        <translation>La MTU tiene que estar entre {0} y {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the NIC the network uses.</source>
        <translation>Elige la NIC que usa la red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A VLAN tag is between 1 and 4094.</source>
        <translation>Una etiqueta VLAN va de 1 a 4094.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VLAN {0} is already used on {1}.</source>
        <translation>La VLAN {0} ya se usa en {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A bond joins 2 to 4 NICs of one server.</source>
        <translation>Una agregación une de 2 a 4 NIC de un servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose NICs of the bond&apos;s server.</source>
        <translation>Elige NIC del servidor de la agregación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is already in a bond.</source>
        <translation>{0} ya está en una agregación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the bond&apos;s mode.</source>
        <translation>Elige el modo de la agregación.</translation>
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
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Creating the network</source>
        <translation>Creando la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting it to the servers</source>
        <translation>Conectándola a los servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating network &apos;{0}&apos;</source>
        <translation>Creando la red &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_network.py" line="-68"/>
        <source>A VLAN on a NIC of every server: VMs reach the physical network.</source>
        <translation>Una VLAN en una NIC de cada servidor: las MV llegan a la red física.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NIC: VMs on the same server talk to each other only.</source>
        <translation>Sin NIC: las MV del mismo servidor solo hablan entre ellas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NIC of its own: GRE tunnels over each server&apos;s management interface join VMs on every server (the distributed switch).</source>
        <translation>Sin NIC propia: túneles GRE sobre la interfaz de gestión de cada servidor unen las MV de todos los servidores (el conmutador distribuido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 4 NICs of one server act as one, for bandwidth or failover.</source>
        <translation>De 2 a 4 NIC de un servidor actúan como una, para tener más ancho de banda o tolerancia a fallos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Automatically add this network to new virtual machines</source>
        <translation>&amp;Añadir automáticamente esta red a las nuevas máquinas virtuales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to new VMs</source>
        <translation>Añadir a las nuevas MV</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Server of the bond</source>
        <translation>Servidor de la agregación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NICs to bond</source>
        <translation>NIC que agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bond mode</source>
        <translation>Modo de la agregación</translation>
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
        <translation>Nueva red — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
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
        <translation>Almacenamiento de discos virtuales en NFS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software iSCSI</source>
        <translation>iSCSI por software</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iSCSI virtual disk storage</source>
        <translation>Almacenamiento de discos virtuales en iSCSI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hardware HBA</source>
        <translation>HBA por hardware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hardware HBA virtual disk storage</source>
        <translation>Almacenamiento de discos virtuales en HBA por hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NFS ISO library</source>
        <translation>Biblioteca ISO en NFS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows File Sharing (CIFS) ISO library</source>
        <translation>Biblioteca ISO en uso compartido de archivos de Windows (CIFS)</translation>
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
        <translation>Elige el tipo del nuevo almacenamiento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Type a name for the storage repository.</source>
        <translation>Escribe un nombre para el repositorio de almacenamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the address of the storage server.</source>
        <translation>Escribe la dirección del servidor de almacenamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{0}&apos; is not a host name or an IP address.</source>
        <translation>&apos;{0}&apos; no es un nombre de equipo ni una dirección IP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanning the storage...</source>
        <translation>Explorando el almacenamiento...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or scan for the export path, such as /export/vms.</source>
        <translation>Escribe o explora la ruta exportada, como /export/vms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the share as server:/path.</source>
        <translation>Escribe el recurso compartido como servidor:/ruta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the share as //server/sharename.</source>
        <translation>Escribe el recurso compartido como //servidor/nombrecompartido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the user name the password belongs to.</source>
        <translation>Escribe el nombre de usuario al que pertenece la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the target and choose its IQN.</source>
        <translation>Explora el destino y elige su IQN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the LUN for the new storage.</source>
        <translation>Elige el LUN para el nuevo almacenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the location to check it before going on.</source>
        <translation>Explora la ubicación para comprobarla antes de seguir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Existing SR</source>
        <translation>SR existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reattach {0}</source>
        <translation>volver a conectar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new SR (an SR on a LUN is erased)</source>
        <translation>crear un SR nuevo (un SR en un LUN se borra)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The pool is not connected.</source>
        <translation>El pool no está conectado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Introducing the storage repository</source>
        <translation>Presentando el repositorio de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching it to every server</source>
        <translation>Conectándolo a todos los servidores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reattaching storage repository &apos;{0}&apos;</source>
        <translation>Volviendo a conectar el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the storage repository</source>
        <translation>Creando el repositorio de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating storage repository &apos;{0}&apos;</source>
        <translation>Creando el repositorio de almacenamiento &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the pool&apos;s default storage</source>
        <translation>Comprobando el almacenamiento predeterminado del pool</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_sr_probe.py" line="+69"/>
        <source>The server&apos;s answer to the scan could not be read.</source>
        <translation>No se ha podido leer la respuesta del servidor a la exploración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected to the pool.</source>
        <translation>Sin conexión con el pool.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The storage reported: {0}</source>
        <translation>El almacenamiento ha informado: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_sr.py" line="+43"/>
        <source>What kind of storage is it?</source>
        <translation>¿Qué tipo de almacenamiento es?</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_sr.py" line="-138"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Ruta o recurso compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
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
        <translation>&amp;Volver a conectar el repositorio de almacenamiento existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reattach</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a &amp;new storage repository (on a LUN this erases the existing one)</source>
        <translation>Crear un repositorio de almacenamiento &amp;nuevo (en un LUN esto borra el existente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create new</source>
        <translation>Crear nuevo</translation>
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
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
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
        <translation>Nuevo repositorio de almacenamiento — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>NewVm</name>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/create.py" line="+55"/>
        <source>the new VM &apos;{0}&apos; and its disks</source>
        <translation>la nueva MV &apos;{0}&apos; y sus discos</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cloning the template</source>
        <translation>Clonando la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the disks</source>
        <translation>Creando los discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting name, CPUs and memory</source>
        <translation>Poniendo el nombre, las CPU y la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the network interfaces</source>
        <translation>Creando las interfaces de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inserting the installation media</source>
        <translation>Insertando el medio de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the VM</source>
        <translation>Iniciando la MV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating VM &apos;{0}&apos;</source>
        <translation>Creando la MV &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/hosts.py" line="+46"/>
        <source>The server has no hardware virtualization support (Intel VT or AMD-V), which this template needs.</source>
        <translation>El servidor no tiene virtualización por hardware (Intel VT o AMD-V), que necesita esta plantilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has only {0} of memory.</source>
        <translation>El servidor solo tiene {0} de memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough free memory: the VM needs {0}, the server has {1} available.</source>
        <translation>No hay suficiente memoria libre: la MV necesita {0} y el servidor tiene {1} disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot reach the storage &apos;{0}&apos;.</source>
        <translation>El servidor no puede llegar al almacenamiento &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages.py" line="+22"/>
        <location line="+11"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose a template.</source>
        <translation>Elige una plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template no longer exists.</source>
        <translation>La plantilla ya no existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Type a name for the new VM.</source>
        <translation>Escribe un nombre para la nueva MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is too long (at most {0} characters).</source>
        <translation>El nombre es demasiado largo (como mucho {0} caracteres).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A VM named &apos;{0}&apos; already exists; choose another name.</source>
        <translation>Ya existe una MV llamada &apos;{0}&apos;; elige otro nombre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The template does not allow this installation method.</source>
        <translation>La plantilla no permite este método de instalación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server of this pool has a CD or DVD drive.</source>
        <translation>Ningún servidor de este pool tiene unidad de CD o DVD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only HVM templates can boot from the network (PXE).</source>
        <translation>Solo las plantillas HVM pueden arrancar desde la red (PXE).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Installation Media</source>
        <translation>Medio de instalación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose how to install the new VM.</source>
        <translation>Elige cómo instalar la nueva MV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an ISO image.</source>
        <translation>Elige una imagen ISO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CD or DVD drive.</source>
        <translation>Elige una unidad de CD o DVD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation media</source>
        <translation>Medio de instalación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CD/DVD drive {0}</source>
        <translation>Unidad de CD/DVD {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boot from the network (PXE)</source>
        <translation>Arrancar desde la red (PXE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the address of the installation repository.</source>
        <translation>Escribe la dirección del repositorio de instalación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a full address such as http://deb.debian.org/debian/ (http, ftp or nfs).</source>
        <translation>Escribe una dirección completa como http://deb.debian.org/debian/ (http, ftp o nfs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template cannot install from {0} addresses.</source>
        <translation>La plantilla no puede instalar desde direcciones {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_devices.py" line="+34"/>
        <source>A disk needs a size of at least 1 MiB.</source>
        <translation>Un disco necesita un tamaño de al menos 1 MiB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disk can be at most {0}.</source>
        <translation>Un disco puede tener como mucho {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disk cloned from the template can grow but not shrink (at least {0}).</source>
        <translation>Un disco clonado de la plantilla puede crecer pero no encoger (al menos {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows needs a system disk of at least {0}.</source>
        <translation>Windows necesita un disco de sistema de al menos {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a storage repository for the disk.</source>
        <translation>Elige un repositorio de almacenamiento para el disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The home server &apos;{0}&apos; cannot reach &apos;{1}&apos;.</source>
        <translation>El servidor de origen &apos;{0}&apos; no puede llegar a &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_devices.py" line="+73"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not enough space on &apos;{0}&apos;: the disks need {1}, {2} is free.</source>
        <translation>No hay suficiente espacio en &apos;{0}&apos;: los discos necesitan {1} y hay {2} libres.</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Type a MAC address as six pairs of hexadecimal digits, e.g. 02:16:3e:12:34:56, or leave it empty for a generated one.</source>
        <translation>Escribe una dirección MAC como seis pares de dígitos hexadecimales, p. ej. 02:16:3e:12:34:56, o déjala vacía para que se genere una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is a multicast address; a network interface needs a unicast one.</source>
        <translation>{0} es una dirección multicast; una interfaz de red necesita una unicast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MAC address {0} is already used by another network interface.</source>
        <translation>La dirección MAC {0} ya la usa otra interfaz de red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Networking</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The template allows at most {0} network interfaces.</source>
        <translation>La plantilla permite como mucho {0} interfaces de red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a network for interface {0}.</source>
        <translation>Elige una red para la interfaz {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generated MAC</source>
        <translation>MAC generada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface {0}</source>
        <translation>Interfaz {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_host.py" line="+35"/>
        <source>Home Server</source>
        <translation>Servidor de origen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server no longer exists.</source>
        <translation>El servidor ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; cannot run the new VM: {1}</source>
        <translation>&apos;{0}&apos; no puede ejecutar la nueva MV: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None (the pool chooses a server at start)</source>
        <translation>Ninguno (el pool elige un servidor al arrancar)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CPU &amp; Memory</source>
        <translation>CPU y memoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A VM needs at least one vCPU.</source>
        <translation>Una MV necesita al menos una vCPU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template allows at most {0} vCPUs.</source>
        <translation>La plantilla permite como mucho {0} vCPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server &apos;{0}&apos; has only {1} CPUs.</source>
        <translation>El servidor &apos;{0}&apos; solo tiene {1} CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server of the pool has more than {0} CPUs.</source>
        <translation>Ningún servidor del pool tiene más de {0} CPU.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of vCPUs must be a multiple of the cores per socket.</source>
        <translation>El número de vCPU tiene que ser múltiplo de los núcleos por socket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum memory cannot be more than the maximum.</source>
        <translation>La memoria mínima no puede ser mayor que la máxima.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template needs at least {0} of memory.</source>
        <translation>La plantilla necesita al menos {0} de memoria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template allows at most {0} of memory.</source>
        <translation>La plantilla permite como mucho {0} de memoria.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server &apos;{0}&apos; has only {1} of memory.</source>
        <translation>El servidor &apos;{0}&apos; solo tiene {1} de memoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server of the pool has more than {0} of memory.</source>
        <translation>Ningún servidor del pool tiene más de {0} de memoria.</translation>
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
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
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
        <translation>Discos virtuales</translation>
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
        <translation>Los discos virtuales de la nueva MV:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size of disk {0}</source>
        <translation>Tamaño del disco {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage of disk {0}</source>
        <translation>Almacenamiento del disco {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A disk of the template is cloned on its own storage.</source>
        <translation>Un disco de la plantilla se clona en su propio almacenamiento.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Network interfaces</source>
        <translation>Interfaces de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new VM&apos;s network interfaces (leave the MAC empty for a generated one):</source>
        <translation>Las interfaces de red de la nueva MV (deja la MAC vacía para que se genere una):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network of interface {0}</source>
        <translation>Red de la interfaz {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MAC address of interface {0}</source>
        <translation>Dirección MAC de la interfaz {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generated</source>
        <translation>generada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Start the new VM automatically</source>
        <translation>&amp;Iniciar la nueva MV automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new VM automatically</source>
        <translation>Iniciar la nueva MV automáticamente</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages_host.py" line="-93"/>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_host.py" line="+31"/>
        <source>Home server</source>
        <translation>Servidor de origen</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_host.py" line="+2"/>
        <source>A VM with a home server starts there when it can; without one, the pool chooses a server each time it starts.</source>
        <translation>Una MV con un servidor de origen arranca en él cuando puede; sin él, el pool elige un servidor cada vez que arranca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t assign a home server</source>
        <translation>No asignar servidor de origen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking...</source>
        <translation>comprobando...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>can run the VM</source>
        <translation>puede ejecutar la MV</translation>
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
        <translation>el servidor más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template: at most {0} vCPUs and {1} MiB. {2}: {3} CPUs, {4} MiB of memory.</source>
        <translation>Plantilla: como mucho {0} vCPU y {1} MiB. {2}: {3} CPU, {4} MiB de memoria.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_source.py" line="+34"/>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the template sets</source>
        <translation>Lo que define la plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a VM template:</source>
        <translation>Selecciona una plantilla de MV:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>snapshot</source>
        <translation>instantánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>custom</source>
        <translation>personalizada</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0}
{1} vCPUs, {2} of memory, disks: {3}, {4} guest.</source>
        <translation>{0}
{1} vCPU, {2} de memoria, discos: {3}, invitado {4}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/new_vm/pages.py" line="-93"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/pages_source.py" line="+17"/>
        <source>Install from an &amp;ISO library</source>
        <translation>Instalar desde una biblioteca &amp;ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from a physical &amp;CD/DVD drive</source>
        <translation>Instalar desde una unidad de &amp;CD/DVD física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from a &amp;network URL</source>
        <translation>Instalar desde una URL de &amp;red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boot from the network (PXE)</source>
        <translation>&amp;Arrancar desde la red (PXE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ISO image</source>
        <translation>Imagen ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CD/DVD drive</source>
        <translation>Unidad de CD/DVD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation repository URL</source>
        <translation>URL del repositorio de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. http://deb.debian.org/debian/</source>
        <translation>p. ej. http://deb.debian.org/debian/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where the guest&apos;s installer comes from:</source>
        <translation>Elige de dónde viene el instalador del invitado:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(choose an ISO image)</source>
        <translation>(elige una imagen ISO)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(choose a drive)</source>
        <translation>(elige una unidad)</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/new_vm/wizard.py" line="+67"/>
        <source>New VM — {0}</source>
        <translation>Nueva MV — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Now</source>
        <translation>&amp;Crear ahora</translation>
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
        <translation>Estado del enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
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
        <translation>Interfaces de red físicas</translation>
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
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask for confirmation before:</source>
        <translation>Pedir confirmación antes de:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>Ovf</name>
    <message>
        <location filename="../../xencenter/core/ovf.py" line="+92"/>
        <source>The package uses unknown allocation units &apos;{0}&apos;.</source>
        <translation>El paquete usa unidades de asignación desconocidas &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s {0} is not a number: &apos;{1}&apos;.</source>
        <translation>El valor de {0} del paquete no es un número: &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package&apos;s {0} is negative.</source>
        <translation>El valor de {0} del paquete es negativo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OVF descriptor is not valid XML: {0}</source>
        <translation>El descriptor OVF no es XML válido: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not an OVF descriptor (no Envelope).</source>
        <translation>El archivo no es un descriptor OVF (sin Envelope).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk capacity</source>
        <translation>capacidad del disco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package describes no virtual system.</source>
        <translation>El paquete no describe ningún sistema virtual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU count</source>
        <translation>número de CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory size</source>
        <translation>tamaño de la memoria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package gives the virtual system no memory.</source>
        <translation>El paquete no le da memoria al sistema virtual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The OVA holds no .ovf descriptor.</source>
        <translation>El OVA no contiene ningún descriptor .ovf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package cannot be read: {0}</source>
        <translation>No se puede leer el paquete: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk of the package names no file.</source>
        <translation>Un disco del paquete no indica ningún archivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The package lacks the disk file {0}.</source>
        <translation>Al paquete le falta el archivo de disco {0}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only fixed VHD disks can be imported; convert dynamic ones with qemu-img convert -O raw.</source>
        <translation>Solo se pueden importar discos VHD fijos; convierte los dinámicos con qemu-img convert -O raw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>A disk file is larger than its capacity.</source>
        <translation>Un archivo de disco es mayor que su capacidad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only stream-optimized VMDK disks can be imported; convert others with qemu-img convert -O raw.</source>
        <translation>Solo se pueden importar discos VMDK optimizados para flujo; convierte los demás con qemu-img convert -O raw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The VMDK disk is cut short.</source>
        <translation>El disco VMDK está truncado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VMDK disk&apos;s grains are out of order.</source>
        <translation>Los granos del disco VMDK están desordenados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A grain of the VMDK disk is damaged.</source>
        <translation>Un grano del disco VMDK está dañado.</translation>
    </message>
</context>
<context>
    <name>OvfImport</name>
    <message>
        <location filename="../../xencenter/core/ovf_import.py" line="+111"/>
        <source>Importing disk {0} of {1}</source>
        <translation>Importando el disco {0} de {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the VM</source>
        <translation>Creando la MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting its network interfaces</source>
        <translation>Conectando sus interfaces de red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the VM</source>
        <translation>Iniciando la MV</translation>
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
        <translation>Escribe la contraseña de {0} en {1}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <location filename="../../xencenter/core/perf_writes.py" line="-21"/>
        <source>Saving the graphs of {0}</source>
        <translation>Guardando las gráficas de {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the alerts of {0}</source>
        <translation>Guardando las alertas de {0}</translation>
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
        <translation>Reanudada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crashed</source>
        <translation>Ha fallado</translation>
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
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused the performance data (HTTP {0}): it did not accept the session.</source>
        <translation>El servidor ha denegado los datos de rendimiento (HTTP {0}): no ha aceptado la sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not send performance data ({0} answered HTTP {1}).</source>
        <translation>El servidor no ha podido enviar los datos de rendimiento ({0} ha respondido HTTP {1}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s performance data could not be read: {0}</source>
        <translation>No se han podido leer los datos de rendimiento del servidor: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/rrd/layout.py" line="+25"/>
        <source>CPU performance</source>
        <translation>Rendimiento de la CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory performance</source>
        <translation>Rendimiento de la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network performance</source>
        <translation>Rendimiento de la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk performance</source>
        <translation>Rendimiento del disco</translation>
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
        <translation>sin datos</translation>
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
        <translation>Objetivo de memoria</translation>
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
        <translation>Uso de CPU por encima de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network usage above</source>
        <translation>Uso de red por encima de</translation>
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
        <translation>Uso de disco por encima de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free memory below</source>
        <translation>Memoria libre por debajo de</translation>
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
        <translation>La configuración de alertas guardada no se puede leer ({0}); al guardar se sustituye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert when</source>
        <translation>Alertar cuando</translation>
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
        <translation>Después esperar</translation>
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
        <translation>Título de la gráfica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour of the data source</source>
        <translation>Color de la fuente de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New graph</source>
        <translation>&amp;Nueva gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>New graph</source>
        <translation>Nueva gráfica</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>&amp;Delete graph</source>
        <translation>&amp;Eliminar la gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete graph</source>
        <translation>Eliminar la gráfica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move graph up</source>
        <translation>Mover la gráfica arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move graph down</source>
        <translation>Mover la gráfica abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore default graphs</source>
        <translation>&amp;Restaurar las gráficas predeterminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore default graphs</source>
        <translation>Restaurar las gráficas predeterminadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the data source earlier</source>
        <translation>Dibujar la fuente de datos antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the data source later</source>
        <translation>Dibujar la fuente de datos después</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graphs, top to bottom:</source>
        <translation>Gráficas, de arriba abajo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data sources (ticked ones are drawn, in this order):</source>
        <translation>Fuentes de datos (las marcadas se dibujan, en este orden):</translation>
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
        <translation>1 año</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the last:</source>
        <translation>Mostrar el último:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to the last {0}</source>
        <translation>Ampliar al último {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Graphs…</source>
        <translation>&amp;Gráficas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design the graphs</source>
        <translation>Diseñar las gráficas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alertas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure performance alerts</source>
        <translation>Configurar las alertas de rendimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance data status</source>
        <translation>Estado de los datos de rendimiento</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This object no longer exists.</source>
        <translation>Este objeto ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A pool&apos;s graphs compare its servers; select a server or VM to design its graphs or alerts.</source>
        <translation>Las gráficas de un pool comparan sus servidores; selecciona un servidor o una MV para diseñar sus gráficas o alertas.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Waiting for the first performance data…</source>
        <translation>Esperando los primeros datos de rendimiento…</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/perfgraph.py" line="+90"/>
        <source>Values under the pointer</source>
        <translation>Valores bajo el puntero</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Graph: {0}</source>
        <translation>Gráfica: {0}</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/widgets/perfnav.py" line="+22"/>
        <source>Time navigator</source>
        <translation>Navegador de tiempo</translation>
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
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <location filename="../../xencenter/core/pool_join.py" line="-19"/>
        <source>The server is already in a pool with other servers.</source>
        <translation>El servidor ya está en un pool con otros servidores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on for the server; turn it off first.</source>
        <translation>La alta disponibilidad está activada en el servidor; desactívala primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shut down the server&apos;s VMs first ({0}).</source>
        <translation>Apaga primero las MV del servidor ({0}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server is this pool already.</source>
        <translation>El servidor ya es este pool.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pool master is not known yet.</source>
        <translation>Aún no se conoce el maestro del pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability is on for the pool; turn it off first.</source>
        <translation>La alta disponibilidad está activada en el pool; desactívala primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server runs version {0} and the pool {1}; they must be the same.</source>
        <translation>El servidor tiene la versión {0} y el pool la {1}; deben ser iguales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s CPU vendor differs from the pool&apos;s.</source>
        <translation>El fabricante de la CPU del servidor es distinto del del pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s CPU differs from the pool&apos;s, and the pool&apos;s licence does not allow CPU masking (heterogeneous pools).</source>
        <translation>La CPU del servidor es distinta de la del pool, y la licencia del pool no permite el enmascaramiento de CPU (pools heterogéneos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has shared storage ({0}); forget it first.</source>
        <translation>El servidor tiene almacenamiento compartido ({0}); olvídalo primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s domain ({0}) differs from the pool&apos;s ({1}).</source>
        <translation>El dominio del servidor ({0}) es distinto del del pool ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s edition ({0}) differs from the pool&apos;s ({1}).</source>
        <translation>La edición del servidor ({0}) es distinta de la del pool ({1}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} has a CPU with other features than the pool&apos;s: its features are masked to the pool&apos;s level so that VMs can move between all servers.</source>
        <translation>{0} tiene una CPU con características distintas de las del pool: sus características se enmascaran al nivel del pool para que las MV puedan moverse entre todos los servidores.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connections to the server and the pool must be open.</source>
        <translation>Las conexiones con el servidor y con el pool deben estar abiertas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not appear in the pool after joining it.</source>
        <translation>El servidor no apareció en el pool después de unirse a él.</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/pools.py" line="+65"/>
        <source>Name and description</source>
        <translation>Nombre y descripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name for the new pool.</source>
        <translation>Escribe un nombre para el nuevo pool.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Master and members</source>
        <translation>Maestro y miembros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the server that becomes the pool master.</source>
        <translation>Elige el servidor que será el maestro del pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The master must be a server of its own, connected.</source>
        <translation>El maestro debe ser un servidor independiente y conectado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Master</source>
        <translation>Maestro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../xencenter/ui/wizards/pools.py" line="+78"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the master alone)</source>
        <translation>(solo el maestro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>CPU masking</source>
        <translation>Enmascaramiento de CPU</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>already in the pool: {0}</source>
        <translation>ya en el pool: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding {0} to the pool</source>
        <translation>Añadiendo {0} al pool</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Naming the pool</source>
        <translation>Poniendo nombre al pool</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating pool &apos;{0}&apos;</source>
        <translation>Creando el pool &apos;{0}&apos;</translation>
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
        <translation>Elige el pool al que se une el servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adding &apos;{0}&apos; to pool &apos;{1}&apos;</source>
        <translation>Añadiendo &apos;{0}&apos; al pool &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/pools.py" line="-38"/>
        <source>Pool name</source>
        <translation>Nombre del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool description</source>
        <translation>Descripción del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pool shares storage and networks among its servers, so that VMs can move between them while they run (XenMotion). One server, the master, answers for the pool.</source>
        <translation>Un pool comparte almacenamiento y redes entre sus servidores, para que las MV puedan moverse entre ellos mientras se ejecutan (XenMotion). Un servidor, el maestro, responde por el pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pool master</source>
        <translation>Maestro del pool</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Master:</source>
        <translation>&amp;Maestro:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of its own is connected: add the servers with Add Server first.</source>
        <translation>No hay ningún servidor independiente conectado: añade primero los servidores con Añadir servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers that join the pool (each must be a server of its own, with no running VMs):</source>
        <translation>Servidores que se unen al pool (cada uno debe ser un servidor independiente, sin MV en ejecución):</translation>
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
        <translation>{0} — su CPU se enmascarará a la del pool</translation>
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
        <translation>Elige el pool al que se une {0}. Su almacenamiento local se queda; sus MV pasan a ser del pool.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other pool is connected: add the pool&apos;s master with Add Server first.</source>
        <translation>No hay otro pool conectado: añade primero el maestro del pool con Añadir servidor.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New Pool</source>
        <translation>Nuevo pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create Pool</source>
        <translation>&amp;Crear pool</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add {0} to a Pool</source>
        <translation>Añadir {0} a un pool</translation>
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
        <translation>Script de encendido personalizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom script &apos;{0}&apos;</source>
        <translation>Script personalizado &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the address of the management controller.</source>
        <translation>Escribe la dirección del controlador de gestión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the controller&apos;s user name.</source>
        <translation>Escribe el nombre de usuario del controlador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the controller&apos;s password.</source>
        <translation>Escribe la contraseña del controlador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the name of the power-on script.</source>
        <translation>Escribe el nombre del script de encendido.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/power_on.py" line="+21"/>
        <source>Power-On Settings — {0}</source>
        <translation>Configuración de encendido — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power-on method</source>
        <translation>Método de encendido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controller address</source>
        <translation>Dirección del controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller user</source>
        <translation>Usuario del controlador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controller password</source>
        <translation>Contraseña del controlador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script name</source>
        <translation>Nombre del script</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the method</source>
        <translation>Sobre el método</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server cannot be started from the console; start it at the machine.</source>
        <translation>El servidor no se puede encender desde la consola; enciéndelo en la propia máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another running server of the pool sends the Wake-on-LAN packet to the server&apos;s management NIC, which must have WoL enabled in its firmware.</source>
        <translation>Otro servidor en ejecución del pool envía el paquete Wake-on-LAN a la NIC de gestión del servidor, que debe tener WoL activado en el firmware.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool asks the server&apos;s management controller to power it on; its password is kept as a secret on the pool.</source>
        <translation>El pool le pide al controlador de gestión del servidor que lo encienda; su contraseña se guarda como secreto en el pool.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A script of that name in /etc/xapi.d/plugins on the pool&apos;s servers powers it on.</source>
        <translation>Un script con ese nombre en /etc/xapi.d/plugins en los servidores del pool lo enciende.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/name_description.py" line="+21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../xencenter/core/rbac.py" line="-77"/>
        <source>Pool Admin</source>
        <translation>Administrador del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool Operator</source>
        <translation>Operador del pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Power Admin</source>
        <translation>Administrador de energía de MV</translation>
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
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything, including users and roles, external authentication and patching.</source>
        <translation>Todo, incluidos usuarios y roles, autenticación externa y parches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool-wide resources: servers, storage, networks, high availability; logs users out.</source>
        <translation>Recursos de todo el pool: servidores, almacenamiento, redes, alta disponibilidad; cierra sesiones de usuarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates and manages VMs, and chooses where they run (migration, start on a server).</source>
        <translation>Crea y gestiona MV, y elige dónde se ejecutan (migración, iniciar en un servidor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates, changes and deletes VMs, their disks and network interfaces.</source>
        <translation>Crea, cambia y elimina MV, sus discos y sus interfaces de red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses existing VMs: start, stop, reboot, suspend, consoles.</source>
        <translation>Usa las MV existentes: iniciar, detener, reiniciar, suspender, consolas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sees everything and changes nothing.</source>
        <translation>Ve todo y no cambia nada.</translation>
    </message>
</context>
<context>
    <name>SavedSearch</name>
    <message>
        <location filename="../../xencenter/core/organise/columns.py" line="+91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power state</source>
        <translation>Estado de energía</translation>
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
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HA restart priority</source>
        <translation>Prioridad de reinicio en HA</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/saved_search_view.py" line="+44"/>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes</source>
        <translation>Notas de la búsqueda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved search results</source>
        <translation>Resultados de la búsqueda guardada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This saved search no longer exists.</source>
        <translation>Esta búsqueda guardada ya no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This saved search cannot be read.</source>
        <translation>Esta búsqueda guardada no se puede leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parts of this search are not supported here and were ignored: {0}.</source>
        <translation>Partes de esta búsqueda no se admiten aquí y se han ignorado: {0}.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/search.py" line="+33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Estado de energía</translation>
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
        <translation>Dirección IP</translation>
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
        <translation>Puente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master</source>
        <translation>Maestro</translation>
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
        <translation>Almacenamiento</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual disk</source>
        <translation>Disco virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/shortcuts.py" line="+27"/>
        <source>Open the menu bar; with a menu&apos;s underlined letter, that menu</source>
        <translation>Abrir la barra de menús; con la letra subrayada de un menú, ese menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected object&apos;s context menu (in the tree)</source>
        <translation>El menú contextual del objeto seleccionado (en el árbol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control: tree, tabs, panes</source>
        <translation>Control siguiente o anterior: árbol, pestañas, paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous tab of the selected object</source>
        <translation>Pestaña siguiente o anterior del objeto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the console&apos;s full screen, give the keyboard back</source>
        <translation>Salir de la pantalla completa de la consola, devolver el teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every verb is also in a menu (Alt), so the keyboard alone reaches it. Verbs that cannot run on the selection do nothing.</source>
        <translation>Cada acción está también en un menú (Alt), así que se llega a ella con el teclado. Las acciones que no se pueden ejecutar sobre la selección no hacen nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Botones del diálogo</translation>
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
        <translation>Tiempo simulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulation problem</source>
        <translation>Problema de la simulación</translation>
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
        <translation>Tiempo simulado: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SnapshotDialogs</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/snapshot.py" line="+38"/>
        <source>Take Snapshot of &apos;{0}&apos;</source>
        <translation>Tomar una instantánea de &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot of {0}</source>
        <translation>Instantánea de {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties of the snapshot &apos;{0}&apos;</source>
        <translation>Propiedades de la instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Template from the snapshot &apos;{0}&apos;</source>
        <translation>Nueva plantilla a partir de la instantánea &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template from {0}</source>
        <translation>Plantilla a partir de {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disks only</source>
        <translation>Solo los &amp;discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks only</source>
        <translation>Solo los discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks and &amp;memory (a checkpoint)</source>
        <translation>Discos y &amp;memoria (un punto de control)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks and memory</source>
        <translation>Discos y memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiesced snapshots (VSS) are not offered: current servers removed them.</source>
        <translation>No se ofrecen instantáneas con quiesce (VSS): los servidores actuales las han eliminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory can be included only while the VM is running.</source>
        <translation>La memoria solo se puede incluir mientras la MV está en ejecución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revert to &apos;{0}&apos;</source>
        <translation>Revertir a &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverting &apos;{0}&apos; to the snapshot &apos;{1}&apos; loses the VM&apos;s current state: its disks and, if it is running, its memory.</source>
        <translation>Revertir &apos;{0}&apos; a la instantánea &apos;{1}&apos; pierde el estado actual de la MV: sus discos y, si está en ejecución, su memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take a snapshot of the current state first</source>
        <translation>&amp;Tomar antes una instantánea del estado actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a snapshot of the current state first</source>
        <translation>Tomar antes una instantánea del estado actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before reverting to {0}</source>
        <translation>Antes de revertir a {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of that snapshot</source>
        <translation>Nombre de esa instantánea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before reverting</source>
        <translation>Antes de revertir</translation>
    </message>
</context>
<context>
    <name>SnapshotsTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/snapshots.py" line="+42"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disks and memory</source>
        <translation>Discos y memoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks only</source>
        <translation>Solo los discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, scheduled</source>
        <translation>{0}, programada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show snapshots as</source>
        <translation>Mostrar las instantáneas como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree view</source>
        <translation>Vista en árbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List view</source>
        <translation>Vista en lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot tree</source>
        <translation>Árbol de instantáneas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshot list</source>
        <translation>Lista de instantáneas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot details</source>
        <translation>Detalles de la instantánea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Console at the time of the snapshot</source>
        <translation>La consola en el momento de la instantánea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Space used by snapshots</source>
        <translation>Espacio usado por las instantáneas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This VM has no snapshots.</source>
        <translation>Esta MV no tiene instantáneas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>an unknown SR</source>
        <translation>un repositorio desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} snapshots use {1}.</source>
        <translation>{0} instantáneas usan {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Now (you are here)</source>
        <translation>Ahora (estás aquí)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose a snapshot in the list.</source>
        <translation>Elige una instantánea en la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose only one snapshot.</source>
        <translation>Elige solo una instantánea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a VM.</source>
        <translation>Selecciona una MV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} snapshots chosen.</source>
        <translation>{0} instantáneas elegidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a snapshot to see its details.</source>
        <translation>Elige una instantánea para ver sus detalles.</translation>
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
        <translation>No se ha guardado ninguna imagen de la consola con esta instantánea (solo se toma de una MV en ejecución).</translation>
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
        <translation>Unidad de DVD:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO image</source>
        <translation>Imagen ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the chosen ISO</source>
        <translation>Insertar la ISO elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eject</source>
        <translation>&amp;Expulsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eject the ISO</source>
        <translation>Expulsar la ISO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This VM has no DVD drive.</source>
        <translation>Esta MV no tiene unidad de DVD.</translation>
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
        <translation>&lt;vacía&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inserting {0} into {1}</source>
        <translation>Insertando {0} en {1}</translation>
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
        <translation>Nombre</translation>
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
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
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
        <translation>Descripción</translation>
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
        <translation>Discos virtuales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual disks on this storage</source>
        <translation>Discos virtuales en este almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage repositories</source>
        <translation>Repositorios de almacenamiento</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/disk_cache.py" line="+26"/>
        <source>IntelliCache</source>
        <translation>IntelliCache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IntelliCache options of the selected disk</source>
        <translation>Opciones de IntelliCache del disco seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache this disk (IntelliCache)</source>
        <translation>Almacenar este disco en caché (IntelliCache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the state at boot on each start (on_boot reset)</source>
        <translation>Restablecer al estado inicial en cada arranque (on_boot reset)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: a disk that is reset on each start loses every change made while the VM runs when the VM next shuts down or starts.</source>
        <translation>Aviso: un disco que se restablece en cada arranque pierde todos los cambios hechos mientras la MV se ejecuta cuando la MV se apaga o arranca de nuevo.</translation>
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
        <translation>Esta MV no tiene ningún disco virtual.</translation>
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
        <translation>Las pestañas de los objetos no están disponibles en esta compilación.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../xencenter/ui/tabs/fmt.py" line="+18"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/general.py" line="-52"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/host.py" line="+31"/>
        <source>Object tabs</source>
        <translation>Pestañas del objeto</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/logs.py" line="-67"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/memory.py" line="-20"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/networking.py" line="-9"/>
        <source>Networking</source>
        <translation>Red</translation>
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
        <translation>Almacenamiento</translation>
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
        <translation>Rendimiento</translation>
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
        <translation>Editar las etiquetas de {0}</translation>
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
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the tags to keep or add; untick those to remove.</source>
        <translation>Marca las etiquetas que quieres mantener o añadir; desmarca las que quieres quitar.</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../xencenter/ui/verbs.py" line="+74"/>
        <source>Select only virtual machines or only servers.</source>
        <translation>Selecciona solo máquinas virtuales o solo servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more virtual machines or servers.</source>
        <translation>Selecciona una o más máquinas virtuales o servidores.</translation>
    </message>
</context>
<context>
    <name>UsersDialogs</name>
    <message>
        <location filename="../../xencenter/ui/dialogs/users.py" line="+31"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
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
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Users and Groups</source>
        <translation>Añadir usuarios y grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users or groups of {0} to add, separated by commas (for example ana, students):</source>
        <translation>Usuarios o grupos de {0} que añadir, separados por comas (por ejemplo ana, alumnos):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names of users or groups</source>
        <translation>Nombres de usuarios o grupos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a Role</source>
        <translation>Seleccionar un rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role of {0}:</source>
        <translation>El rol de {0}:</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../xencenter/ui/tabs/users.py" line="-48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
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
        <translation>Sin rol</translation>
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
        <translation>Este pool se ha unido al dominio {0}: sus usuarios y grupos de abajo pueden iniciar sesión con el rol que se les ha dado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pool has not joined a domain: only the local root account can log in.</source>
        <translation>Este pool no se ha unido a ningún dominio: solo puede iniciar sesión la cuenta root local.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are logged in as the local superuser ({0}).</source>
        <translation>Has iniciado sesión como el superusuario local ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are logged in as {0}, with the role {1}.</source>
        <translation>Has iniciado sesión como {0}, con el rol {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session</source>
        <translation>Tu sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users and groups</source>
        <translation>Usuarios y grupos</translation>
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
        <translation>Forzando el apagado...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VMs</source>
        <translation>Sin MV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>En ejecución</translation>
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
        <translation>{0} de {1} en ejecución</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>wait {0} s</source>
        <translation>esperar {0} s</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/vapp.py" line="+75"/>
        <source>New vApp</source>
        <translation>Nueva vApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vApp {0}</source>
        <translation>Nueva vApp {0}</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a name for the vApp.</source>
        <translation>Escribe un nombre para la vApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vApp named &apos;{0}&apos; already exists.</source>
        <translation>Ya existe una vApp llamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual Machines</source>
        <translation>Máquinas virtuales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A chosen VM no longer exists (or became a template).</source>
        <translation>Una MV elegida ya no existe (o se ha convertido en una plantilla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: already in another vApp. Tick &quot;Move them to this vApp&quot; or leave them out.</source>
        <translation>{0}: ya están en otra vApp. Marca &quot;Moverlas a esta vApp&quot; o déjalas fuera.</translation>
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
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved from another vApp</source>
        <translation>Movidas desde otra vApp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM Startup Sequence</source>
        <translation>Secuencia de arranque de las MV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start order is between 0 and {0}.</source>
        <translation>El orden de arranque va de 0 a {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delays are between 0 and {0} seconds.</source>
        <translation>Las esperas van de 0 a {0} segundos.</translation>
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
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The VM &apos;{0}&apos; no longer exists.</source>
        <translation>La MV &apos;{0}&apos; ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting the VMs&apos; order and delays</source>
        <translation>Estableciendo el orden y las esperas de las MV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the vApp</source>
        <translation>Creando la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating vApp &apos;{0}&apos;</source>
        <translation>Creando la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Renaming the vApp</source>
        <translation>Renombrando la vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing vApp &apos;{0}&apos;</source>
        <translation>Cambiando la vApp &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/dialogs/vapps.py" line="-11"/>
        <source>&amp;New vApp...</source>
        <translation>&amp;Nueva vApp...</translation>
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
        <translation>Gestionar vApps — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vApp starts its VMs in order, waiting between groups, and shuts them down the other way round.</source>
        <translation>Una vApp inicia sus MV en orden, esperando entre grupos, y las apaga en orden inverso.</translation>
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
        <translation>Secuencia de arranque y apagado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>MV de la vApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move them to this vApp</source>
        <translation>&amp;Moverlas a esta vApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move VMs of another vApp to this one</source>
        <translation>Mover las MV de otra vApp a esta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VMs of the vApp (a VM is in one vApp at most):</source>
        <translation>Elige las MV de la vApp (una MV está como máximo en una vApp):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (in vApp &apos;{1}&apos;)</source>
        <translation>{0} (en la vApp &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start order and delays</source>
        <translation>Orden de arranque y esperas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start order</source>
        <translation>Orden de arranque</translation>
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
        <translation>La secuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs start by ascending order, those of one order together. The start delay is how long to wait after a VM starts before the next order starts; the shutdown delay, after it shuts down, before the next (lower) order shuts down.</source>
        <translation>Las MV se inician en orden ascendente, las del mismo orden a la vez. La espera de arranque es el tiempo que se espera tras iniciarse una MV antes de iniciar el orden siguiente; la espera de apagado, tras apagarse, antes de apagar el orden siguiente (inferior).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start order of {0}</source>
        <translation>Orden de arranque de {0}</translation>
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
        <translation>La vApp aún no tiene MV: puedes añadirlas más tarde en sus Propiedades.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New vApp — {0}</source>
        <translation>Nueva vApp — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Properties of vApp &apos;{0}&apos;</source>
        <translation>Propiedades de la vApp &apos;{0}&apos;</translation>
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
        <translation>Las políticas toman instantáneas de sus MV según un horario y conservan las más recientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;New...</source>
        <translation>&amp;Nueva...</translation>
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
        <translation>E&amp;jecutar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties...</source>
        <translation>&amp;Propiedades...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>Instantánea solo de los discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot disks and memory</source>
        <translation>Instantánea de los discos y de la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiesced snapshot</source>
        <translation>Instantánea con quiesce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
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
        <translation>Cada hora a los {0} minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day at {0}</source>
        <translation>Cada día a las {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every week on {0} at {1}</source>
        <translation>Cada semana el {0} a las {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New policy {0}</source>
        <translation>Nueva política {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy Name</source>
        <translation>Nombre de la política</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name for the policy.</source>
        <translation>Escribe un nombre para la política.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy named &apos;{0}&apos; already exists.</source>
        <translation>Ya existe una política llamada &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual Machines</source>
        <translation>Máquinas virtuales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chosen VM no longer exists.</source>
        <translation>Una de las MV elegidas ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already protected by another policy: tick &quot;Move them to this policy&quot; or leave them out.</source>
        <translation>{0} ya protegida(s) por otra política: marca &quot;Moverlas a esta política&quot; o déjalas fuera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VMs</source>
        <translation>MV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snapshot Type</source>
        <translation>Tipo de instantánea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the kind of snapshot.</source>
        <translation>Elige el tipo de instantánea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiesced snapshots need VSS, which the server no longer supports: choose another kind.</source>
        <translation>Las instantáneas con quiesce necesitan VSS, que el servidor ya no admite: elige otro tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool&apos;s edition does not include memory snapshots.</source>
        <translation>La edición del pool no incluye instantáneas de la memoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot type</source>
        <translation>Tipo de instantánea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot Schedule</source>
        <translation>Horario de las instantáneas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how often snapshots are taken.</source>
        <translation>Elige cada cuánto se toman las instantáneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots start at 0, 15, 30 or 45 minutes past the hour.</source>
        <translation>Las instantáneas empiezan a los 0, 15, 30 o 45 minutos de la hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hour is between 0 and 23.</source>
        <translation>La hora está entre 0 y 23.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one day of the week.</source>
        <translation>Elige al menos un día de la semana.</translation>
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
        <translation>Conserva entre 1 y {0} instantáneas de cada MV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots kept</source>
        <translation>Instantáneas conservadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved from another policy</source>
        <translation>Movidas de otra política</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creating the policy</source>
        <translation>Creando la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the VMs to it</source>
        <translation>Añadiéndole las MV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating VM protection policy &apos;{0}&apos;</source>
        <translation>Creando la política de protección de MV &apos;{0}&apos;</translation>
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
        <translation>MV que proteger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move them to this policy</source>
        <translation>&amp;Moverlas a esta política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move VMs protected by another policy to this one</source>
        <translation>Mover a esta las MV protegidas por otra política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VMs this policy protects (you can add more later):</source>
        <translation>Elige las MV que protege esta política (puedes añadir más después):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} (in policy &apos;{1}&apos;)</source>
        <translation>{0} (en la política &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A snapshot of the disks and memory (a checkpoint) is taken of running VMs; halted VMs get a disk snapshot.</source>
        <translation>De las MV en ejecución se toma una instantánea de los discos y de la memoria (un punto de control); las MV apagadas reciben una instantánea de los discos.</translation>
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
        <translation>Minutos después de la hora</translation>
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
        <translation>&amp;Minutos después de la hora:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Snapshots to keep</source>
        <translation>Instantáneas que conservar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enable the policy now</source>
        <translation>&amp;Activar la política ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the policy now</source>
        <translation>Activar la política ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number of snapshots to keep:</source>
        <translation>&amp;Número de instantáneas que conservar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a VM has more snapshots from the policy, the oldest are deleted. Your own snapshots are never deleted.</source>
        <translation>Cuando una MV tiene más instantáneas de la política, se eliminan las más antiguas. Tus propias instantáneas nunca se eliminan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New VM Protection Policy — {0}</source>
        <translation>Nueva política de protección de MV — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/page.py" line="+29"/>
        <location filename="../../xencenter/ui/wizards/window.py" line="+64"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/wizard/plan.py" line="+105"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undoing what was created</source>
        <translation>Deshaciendo lo que se ha creado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not remove: {0}</source>
        <translation>no se ha podido quitar: {0}</translation>
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
        <translation>Revisa la configuración y después finaliza:</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/wizards/window.py" line="-18"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wizard buttons</source>
        <translation>Botones del asistente</translation>
    </message>
</context>
<context>
    <name>WizardPages</name>
    <message>
        <location filename="../../xencenter/ui/wizards/name_page.py" line="+27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>Wlb</name>
    <message>
        <location filename="../../xencenter/core/wlb.py" line="+121"/>
        <source>{0} {1} ({2} stars)</source>
        <translation>{0} {1} ({2} estrellas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPU use is over the server&apos;s threshold</source>
        <translation>El uso de CPU supera el umbral del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory use is over the server&apos;s threshold</source>
        <translation>El uso de memoria supera el umbral del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free memory</source>
        <translation>no hay suficiente memoria libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server is disabled</source>
        <translation>el servidor está desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server is not reachable</source>
        <translation>no se puede llegar al servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VM&apos;s storage cannot be reached from it</source>
        <translation>el almacenamiento de la MV no es accesible desde él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VM&apos;s network cannot be reached from it</source>
        <translation>la red de la MV no es accesible desde él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it lacks hardware virtualization</source>
        <translation>no tiene virtualización por hardware</translation>
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
        <translation>Origen</translation>
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
        <translation>Estado del balance de carga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimization mode</source>
        <translation>Modo de optimización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimization recommendations</source>
        <translation>Recomendaciones de optimización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the recommendations</source>
        <translation>Actualizar las recomendaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimization &amp;mode:</source>
        <translation>&amp;Modo de optimización:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The pool&apos;s edition does not include workload balancing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La edición del pool no incluye el balance de carga.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Workload balancing is not connected.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El balance de carga no está conectado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the simulator&apos;s built-in engine to get star ratings in the Start On and Migrate menus and recommendations to balance the pool. Configuring an external WLB appliance is not available yet.</source>
        <translation>Conéctate al motor integrado del simulador para obtener valoraciones con estrellas en los menús Iniciar en el servidor y Migrar al servidor, y recomendaciones para equilibrar el pool. Aún no se puede configurar un dispositivo WLB externo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Workload balancing advice computed by the simulator&lt;/b&gt; (its built-in engine, not a WLB appliance).</source>
        <translation>&lt;b&gt;Consejos de balance de carga calculados por el simulador&lt;/b&gt; (su motor integrado, no un dispositivo WLB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload balancing server: {0}</source>
        <translation>Servidor de balance de carga: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload balancing is on.</source>
        <translation>El balance de carga está activado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Workload balancing is paused&lt;/b&gt; (connected but not enabled).</source>
        <translation>&lt;b&gt;El balance de carga está en pausa&lt;/b&gt; (conectado pero no activado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimization mode: {0}</source>
        <translation>Modo de optimización: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workload balancing could not be asked: {0}</source>
        <translation>No se ha podido consultar el balance de carga: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recommendations: the pool is balanced.</source>
        <translation>Sin recomendaciones: el pool está equilibrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Maximize performance</source>
        <translation>Maximizar el rendimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximize density</source>
        <translation>Maximizar la densidad</translation>
    </message>
</context>
<context>
    <name>XenInternals</name>
    <message>
        <location filename="../../xencenter/core/virtmode.py" line="+49"/>
        <source>none reported</source>
        <translation>no se ha informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen, in ring 0</source>
        <translation>Xen, en el anillo 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blkfront in the guest, blkback in dom0 (split driver)</source>
        <translation>blkfront en el invitado, blkback en el dom0 (controlador dividido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netfront in the guest, netback in dom0 (split driver)</source>
        <translation>netfront en el invitado, netback en el dom0 (controlador dividido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>CPU and memory</source>
        <translation>CPU y memoria</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Xen, through hypercalls: the guest kernel (ring 1) is modified for it</source>
        <translation>Xen, mediante hiperllamadas: el núcleo del invitado (anillo 1) está modificado para ello</translation>
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
        <translation>{0} en el dom0 carga el núcleo del invitado</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+11"/>
        <source>Interrupts and timers</source>
        <translation>Interrupciones y temporizadores</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>event channels from {0}</source>
        <translation>canales de eventos desde {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paravirtualization (PV)</source>
        <translation>Paravirtualización (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest knows it runs on Xen: nothing is emulated, and it needs no VT-x/AMD-V.</source>
        <translation>El invitado sabe que se ejecuta sobre Xen: no se emula nada y no necesita VT-x/AMD-V.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the processor&apos;s VT-x/AMD-V under {0}: the unmodified kernel runs in ring 0 non-root</source>
        <translation>el VT-x/AMD-V del procesador bajo {0}: el núcleo sin modificar se ejecuta en el anillo 0 no root</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a BIOS emulated by qemu in dom0, boot order {0}</source>
        <translation>una BIOS emulada por qemu en el dom0, orden de arranque {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emulated by {0} (virtual APIC and timers)</source>
        <translation>emulado por {0} (APIC y temporizadores virtuales)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full virtualization (HVM) with PV drivers</source>
        <translation>Virtualización completa (HVM) con controladores PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware virtualization runs the guest; its PV drivers {0} replace the emulated disks and NICs with split drivers.</source>
        <translation>La virtualización por hardware ejecuta el invitado; sus controladores PV {0} sustituyen los discos y las NIC emulados por controladores divididos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IDE controller emulated by qemu-dm in dom0</source>
        <translation>un controlador IDE emulado por qemu-dm en el dom0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a network card emulated by qemu-dm in dom0</source>
        <translation>una tarjeta de red emulada por qemu-dm en el dom0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full virtualization (HVM) without PV drivers</source>
        <translation>Virtualización completa (HVM) sin controladores PV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware virtualization runs the unmodified guest; qemu in dom0 emulates every device, the slowest way. Installing the PV drivers (XenServer tools) would switch disks and network to split drivers.</source>
        <translation>La virtualización por hardware ejecuta el invitado sin modificar; qemu en el dom0 emula todos los dispositivos, la forma más lenta. Instalar los controladores PV (XenServer tools) pasaría los discos y la red a controladores divididos.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/xenarch.py" line="+88"/>
        <source>Event channel and shared ring: {0} - {1}</source>
        <translation>Canal de eventos y anillo compartido: {0} - {1}</translation>
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
        <translation>sin VT-x/AMD-V</translation>
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
        <translation>qemu-dm para el dominio {0}</translation>
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
        <translation>núcleo en el anillo 0 no root (VT-x/AMD-V), aplicaciones en el anillo 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>privileged: kernel in ring 1, toolstack in ring 3</source>
        <translation>privilegiado: núcleo en el anillo 1, herramientas de gestión en el anillo 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel in ring 1, applications in ring 3</source>
        <translation>núcleo en el anillo 1, aplicaciones en el anillo 3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xen hypervisor {0}</source>
        <translation>Hipervisor Xen {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring 0</source>
        <translation>anillo 0</translation>
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
        <translation>Los procesadores físicos, repartidos entre los dominios por el hipervisor Xen, que planifica sus CPU virtuales. Intel VT-x o AMD-V (virtualización por hardware, activada en la BIOS) es lo que permite a un host ejecutar invitados HVM como Windows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The physical memory: Xen keeps a little for itself and hands the rest out to dom0 and the guests. Each domain only sees the pages Xen gave it.</source>
        <translation>La memoria física: Xen guarda un poco para sí y reparte el resto entre el dom0 y los invitados. Cada dominio solo ve las páginas que Xen le ha dado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physical network card of the host. Only dom0 drives it, with the real driver; the guests reach it through netback and a bridge.</source>
        <translation>Una tarjeta de red física del host. Solo el dom0 la maneja, con el controlador real; los invitados llegan a ella mediante netback y un puente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage the host reaches (a local disk, or NFS/iSCSI over the network). dom0 accesses it with the real drivers; guests see only virtual disks.</source>
        <translation>Almacenamiento al que llega el host (un disco local, o NFS/iSCSI por la red). El dom0 accede a él con los controladores reales; los invitados solo ven discos virtuales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Xen hypervisor: a very thin layer that runs in ring 0, the most privileged, and starts first. It manages the CPUs, memory and interrupts, and leaves disk and network input/output to dom0.</source>
        <translation>El hipervisor Xen: una capa muy fina que se ejecuta en el anillo 0, el más privilegiado, y arranca primero. Gestiona las CPU, la memoria y las interrupciones, y deja la entrada/salida de disco y red al dom0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain 0, the controller domain: the first domain started after the hypervisor, privileged to access the hardware directly with the real drivers. It runs the backends for the other domains and the toolstack this console talks to.</source>
        <translation>El dominio 0, el dominio controlador: el primer dominio que arranca después del hipervisor, con privilegios para acceder directamente al hardware con los controladores reales. Ejecuta los backends para los otros dominios y las herramientas de gestión con las que habla esta consola.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A real device driver inside dom0, the only domain that talks to this hardware. The backends pass the guests&apos; requests on to it.</source>
        <translation>Un controlador de dispositivo real dentro del dom0, el único dominio que habla con este hardware. Los backends le pasan las peticiones de los invitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk backend (blockback) in dom0 for one virtual disk of a guest. It takes the requests its frontend puts on the shared ring and performs them on the real storage.</source>
        <translation>El backend de disco (blockback) en el dom0 para un disco virtual de un invitado. Toma las peticiones que su frontend pone en el anillo compartido y las realiza en el almacenamiento real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network backend in dom0 for one virtual NIC of a guest. It moves packets between the shared rings and a bridge on the real network card.</source>
        <translation>El backend de red en el dom0 para una NIC virtual de un invitado. Mueve paquetes entre los anillos compartidos y un puente en la tarjeta de red real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qemu-dm, the device model in dom0 for an HVM guest without PV drivers. It emulates real-looking hardware (an IDE disk, a network card), which is slower than the split drivers.</source>
        <translation>qemu-dm, el modelo de dispositivos en el dom0 para un invitado HVM sin controladores PV. Emula hardware con apariencia real (un disco IDE, una tarjeta de red), lo que es más lento que los controladores divididos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A paravirtualized guest (domU): its kernel knows it runs on Xen, in ring 1, with its applications in ring 3. It has no real drivers: its frontends talk to dom0&apos;s backends.</source>
        <translation>Un invitado paravirtualizado (domU): su núcleo sabe que se ejecuta sobre Xen, en el anillo 1, con sus aplicaciones en el anillo 3. No tiene controladores reales: sus frontends hablan con los backends del dom0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fully virtualized (HVM) guest (domU): thanks to VT-x/AMD-V its unmodified kernel runs in ring 0 in non-root mode, with its applications in ring 3. Its devices are emulated by qemu in dom0 unless PV drivers are installed.</source>
        <translation>Un invitado completamente virtualizado (HVM) (domU): gracias a VT-x/AMD-V su núcleo sin modificar se ejecuta en el anillo 0 en modo no root, con sus aplicaciones en el anillo 3. Sus dispositivos los emula qemu en el dom0 salvo que se instalen controladores PV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generic disk driver (blockfront) inside the guest. It puts read and write requests on a ring shared with its backend in dom0 and never sees the real disk.</source>
        <translation>El controlador genérico de disco (blockfront) dentro del invitado. Pone las peticiones de lectura y escritura en un anillo compartido con su backend en el dom0 y nunca ve el disco real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generic network driver (netfront) inside the guest. It exchanges packets with its backend in dom0 through shared rings, so the guest can migrate without caring about the real network card.</source>
        <translation>El controlador genérico de red (netfront) dentro del invitado. Intercambia paquetes con su backend en el dom0 mediante anillos compartidos, así que el invitado puede migrar sin preocuparse por la tarjeta de red real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A disk the HVM guest sees as real hardware, emulated by qemu in dom0. Every access traps into Xen and is served by qemu, which is why PV drivers make it faster.</source>
        <translation>Un disco que el invitado HVM ve como hardware real, emulado por qemu en el dom0. Cada acceso pasa por Xen y lo atiende qemu; por eso los controladores PV lo hacen más rápido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network card the HVM guest sees as real hardware, emulated by qemu in dom0. Installing PV drivers replaces it with a netfront/netback pair.</source>
        <translation>Una tarjeta de red que el invitado HVM ve como hardware real, emulada por qemu en el dom0. Instalar controladores PV la sustituye por un par netfront/netback.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event channel and a shared memory ring join this frontend to its backend, which find each other through xenstore. Requests and replies travel on the ring, and the event channel is the virtual interrupt that says there is work.</source>
        <translation>Un canal de eventos y un anillo de memoria compartida unen este frontend con su backend, que se encuentran a través de xenstore. Las peticiones y las respuestas viajan por el anillo, y el canal de eventos es la interrupción virtual que avisa de que hay trabajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No split driver here: the guest&apos;s accesses to its emulated device trap into Xen, which hands them to qemu in dom0. qemu performs them with dom0&apos;s real drivers.</source>
        <translation>Aquí no hay controlador dividido: los accesos del invitado a su dispositivo emulado pasan por Xen, que se los entrega a qemu en el dom0. qemu los realiza con los controladores reales del dom0.</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/archview.py" line="+90"/>
        <source>Xen architecture</source>
        <translation>Arquitectura de Xen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Architecture drawing</source>
        <translation>Dibujo de la arquitectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elements of the architecture</source>
        <translation>Elementos de la arquitectura</translation>
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
        <translation>Pulsa en un elemento para ver qué es.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Elements and explanation</source>
        <translation>Elementos y explicación</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Architecture of {0}: {1} guest domains, {2} device pairs</source>
        <translation>Arquitectura de {0}: {1} dominios invitados, {2} pares de dispositivos</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/virtmodeview.py" line="+19"/>
        <location line="+1"/>
        <source>PV against HVM</source>
        <translation>PV frente a HVM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtualization mode</source>
        <translation>Modo de virtualización</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <location filename="../../xencenter/ui/tabs/xen_internals.py" line="+8"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is not running, so it is no domain on any host: start it to see its frontends and dom0&apos;s backends.</source>
        <translation>{0} no está en ejecución, así que no es un dominio en ningún host: iníciala para ver sus frontends y los backends del dom0.</translation>
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
        <translation>sobrecoste de {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0}: {1} of {2} (its balloon gave {3} back to Xen; it can go down to {4})</source>
        <translation>{0}: {1} de {2} (su globo le devolvió {3} a Xen; puede bajar hasta {4})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} (dynamic range {2} to {3}, balloon target {4})</source>
        <translation>{0}: {1} (rango dinámico de {2} a {3}, objetivo del globo {4})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Memory as Xen sees it</source>
        <translation>La memoria tal como la ve Xen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;Memory as Xen sees it&lt;/b&gt;</source>
        <translation>&lt;b&gt;La memoria tal como la ve Xen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host memory</source>
        <translation>Memoria del anfitrión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each domain&apos;s memory and balloon</source>
        <translation>Memoria y globo de cada dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each lane: the domain&apos;s footprint (bar) inside its dynamic range (hatched), the balloon target (red line) and the dynamic minimum (dashed). When a VM starts and memory is short, Xen asks the other domains&apos; balloon drivers to give memory back, down to their dynamic minimum; when memory is free again they grow back.</source>
        <translation>Cada carril: la memoria ocupada por el dominio (barra) dentro de su rango dinámico (rayado), el objetivo del globo (línea roja) y el mínimo dinámico (guiones). Cuando arranca una MV y falta memoria, Xen pide a los controladores de globo de los otros dominios que devuelvan memoria, hasta su mínimo dinámico; cuando vuelve a haber memoria libre, la recuperan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read the lanes</source>
        <translation>Cómo leer los carriles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains&apos; memory</source>
        <translation>Memoria de los dominios</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No memory figures: the server&apos;s metrics are missing.</source>
        <translation>No hay cifras de memoria: faltan las métricas del servidor.</translation>
    </message>
</context>
<context>
    <name>Xva</name>
    <message>
        <location filename="../../xencenter/core/xva.py" line="+42"/>
        <source>Choose a file name.</source>
        <translation>Elige un nombre de fichero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write in the folder {0}.</source>
        <translation>No puedes escribir en la carpeta {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder.</source>
        <translation>{0} es una carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an XVA file (.xva or .xva.gz) or an OVF package (.ovf or .ova).</source>
        <translation>Elige un archivo XVA (.xva o .xva.gz) o un paquete OVF (.ovf o .ova).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no file {0}.</source>
        <translation>No hay ningún fichero {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot read {0}.</source>
        <translation>No puedes leer {0}.</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/ovf_import.py" line="-56"/>
        <location filename="../../xencenter/core/xva.py" line="+25"/>
        <source>The server refused the transfer (HTTP {0}): {1}</source>
        <translation>El servidor ha rechazado la transferencia (HTTP {0}): {1}</translation>
    </message>
    <message>
        <location filename="../../xencenter/core/xva.py" line="+52"/>
        <source>The exported file cannot be read back: {0}</source>
        <translation>El fichero exportado no se puede volver a leer: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exported file is damaged: block {0} does not match its checksum.</source>
        <translation>El fichero exportado está dañado: el bloque {0} no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server did not say which VM it made.</source>
        <translation>El servidor no ha dicho qué MV ha creado.</translation>
    </message>
</context>
<context>
    <name>XvaWizard</name>
    <message>
        <location filename="../../xencenter/core/wizard/xva.py" line="+114"/>
        <source>Export File</source>
        <translation>Fichero de exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the path of the file to write.</source>
        <translation>Escribe la ruta del fichero que se va a escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name must end in .xva.</source>
        <translation>El nombre del fichero tiene que terminar en .xva.</translation>
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
        <translation>Fichero</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Compressed (gzip)</source>
        <translation>Comprimido (gzip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified after export</source>
        <translation>Verificado después de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Source</source>
        <translation>Origen de la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the XVA file or OVF package to import.</source>
        <translation>Elige el archivo XVA o el paquete OVF que importar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual system</source>
        <translation>Sistema virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs and memory</source>
        <translation>CPU y memoria</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the SR for the VM&apos;s disks.</source>
        <translation>Elige el SR para los discos de la MV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {0} and the SR has {1} free.</source>
        <translation>El fichero ocupa {0} y el SR tiene {1} libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the VM afterwards</source>
        <translation>Iniciar la MV después</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Networking</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a network for this interface.</source>
        <translation>Elige una red para esta interfaz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../xencenter/ui/wizards/xva.py" line="+133"/>
        <source>Interface {0} ({1})</source>
        <translation>Interfaz {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifying the checksums</source>
        <translation>Verificando las sumas de comprobación</translation>
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
        <translation>&amp;Fichero:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the XVA file</source>
        <translation>Elige el fichero XVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XVA files (*.xva *.xva.gz)</source>
        <translation>Ficheros XVA (*.xva *.xva.gz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XVA files and OVF packages (*.xva *.xva.gz *.ovf *.ova)</source>
        <translation>Archivos XVA y paquetes OVF (*.xva *.xva.gz *.ovf *.ova)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>Paquetes OVF (*.ovf *.ova)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Compress the file (gzip: smaller, slower)</source>
        <translation>&amp;Comprimir el fichero (gzip: más pequeño, más lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compress the file</source>
        <translation>Comprimir el fichero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the file after the export (reads it back and checks every block&apos;s checksum)</source>
        <translation>&amp;Verificar el fichero después de la exportación (lo vuelve a leer y comprueba la suma de cada bloque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the file after the export</source>
        <translation>Verificar el fichero después de la exportación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Storage for the VM&apos;s disks</source>
        <translation>Almacenamiento para los discos de la MV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} free)</source>
        <translation>{0} ({1} libres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the VM when it is imported</source>
        <translation>&amp;Iniciar la MV cuando se importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the VM when it is imported</source>
        <translation>Iniciar la MV cuando se importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Storage:</source>
        <translation>&amp;Almacenamiento:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the network each of the package&apos;s interfaces joins in this pool.</source>
        <translation>Elige la red a la que se une en este pool cada una de las interfaces del paquete.</translation>
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
